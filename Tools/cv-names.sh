#!/bin/sh
# Cross-validation of the name finder on the legitimate training data only, over several seeds:
# train on GUM train + UNER EWT train + one half of UNER dev (even- or odd-numbered lines, counting from 0), score GUM dev+test and
# the other half, both ways round; print each seed's twelve F1 cells (PER LOC ORG × 4) and their mean, then the mean
# over the seeds. One seed's mean moves by up to ±0.003 with the training order alone: judge a change by this mean.
# Usage: Tools/cv-names.sh [SEEDS="1 2 3 4 5 6 7 8 9 10"] [RUNS=12] [LEX=path/to/names.lex] [EXTRA="more training .jsonl"]
#        [KINDS=] [EXPORT_DOMAINS=1:0.7,2:0.3]
# EXTRA defaults to UNER EWT train, which every fold trains on (set EXTRA= to leave it out).
set -e
cd "$(dirname "$0")/.."
swift build -c release --product byline-train >/dev/null
BT=.build/release/byline-train
LEX=${LEX:-Sources/BylineKit/Resources/Gazetteers/names.lex}
GUM=Tests/Fixtures/eval/ner/gum/gum_ner.jsonl
UNER=Tests/Fixtures/eval/ner/uner_en_ewt_dev.jsonl
EXTRA=${EXTRA-Tests/Fixtures/eval/ner/uner_en_ewt_train.jsonl}
export RUNS=${RUNS:-12}
# As for the shipped model (Tools/train-names.sh), GUM trains as kind 1 (edited prose) and UNER as kind 2 (web text),
# and the models keep the shared weights plus half of each kind's; KINDS= (empty) trains without kinds.
KINDS=${KINDS-1}
if [ -n "$KINDS" ]; then K1=@1; K2=@2; else K1=; K2=; fi
EXTRA_SPEC=; for f in $EXTRA; do EXTRA_SPEC="$EXTRA_SPEC $f$K2"; done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
awk 'NR % 2 == 1' $UNER > "$tmp/even.jsonl"
awk 'NR % 2 == 0' $UNER > "$tmp/odd.jsonl"
for seed in ${SEEDS:-1 2 3 4 5 6 7 8 9 10}; do
  SEED=$seed $BT train "$LEX" "$tmp/e.model" $GUM:train$K1 "$tmp/even.jsonl$K2" $EXTRA_SPEC >/dev/null &
  SEED=$seed $BT train "$LEX" "$tmp/o.model" $GUM:train$K1 "$tmp/odd.jsonl$K2" $EXTRA_SPEC >/dev/null &
  wait
  { $BT eval "$LEX" "$tmp/e.model" $GUM:dev,test "$tmp/odd.jsonl"; $BT eval "$LEX" "$tmp/o.model" $GUM:dev,test "$tmp/even.jsonl"; } \
    | grep -o "F1 [0-9.]*" | awk -v s=$seed '{c = c " " $2; t += $2; n++} END {printf "seed %s mean %.4f:%s\n", s, t / n, c}'
done | awk '{print; t += $4; n++} END {printf "mean over %d seeds: %.4f\n", n, t / n}'
