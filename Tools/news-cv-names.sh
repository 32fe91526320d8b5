#!/bin/sh
# Cross-validation of the name finder on news: GUM's 24 news stories in four folds (every fourth story); each fold is
# scored by a model trained on the rest of GUM, UNER EWT train and UNER EWT dev, with the shipped settings (GUM as
# kind 1, UNER as kind 2, half of each kind's weights kept). Prints the exact-span scores of the four folds together.
# Each fold has its own lexicon, built like the shipped one but without the fold's stories, whose organisations would
# otherwise be known organisations (`LexiconBuilder.annotatedOrganisations`); LEX=path uses one lexicon for all folds.
# Usage: Tools/news-cv-names.sh [SEED=20261125] [LEX=path/to/names.lex] [EXPORT_DOMAINS=1:0.7,2:0.3] [KINDS=]
set -e
cd "$(dirname "$0")/.."
swift build -c release --product byline-train >/dev/null
BT=.build/release/byline-train
GAZ=${GAZ:-Tools/gazetteers}
WIKINEWS=${WIKINEWS:-Sources/BylineKit/Resources/Library/wikinews}
NER=Tests/Fixtures/eval/ner
KINDS=${KINDS-1}
if [ -n "$KINDS" ]; then K1=@1; K2=@2; else K1=; K2=; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import json, sys
out = sys.argv[1]
docs = [json.loads(l) for l in open('Tests/Fixtures/eval/ner/gum/gum_ner.jsonl')]
news = [d for d in docs if d['id'].split('_')[1] == 'news']
for k in range(4):
    ids = {d['id'] for d in news[k::4]}
    with open(f'{out}/test{k}.jsonl', 'w') as o:
        for d in news[k::4]: o.write(json.dumps(d) + '\n')
    with open(f'{out}/train{k}.jsonl', 'w') as o:
        for d in docs:
            if d['id'] not in ids: o.write(json.dumps(d) + '\n')
PY
for k in 0 1 2 3; do
  if [ -n "$LEX" ]; then cp "$LEX" "$tmp/lex$k.lex"
  else $BT lexicon "$GAZ" "$tmp/lex$k.lex" "$WIKINEWS" "$tmp/train$k.jsonl" $NER/uner_en_ewt_dev.jsonl $NER/uner_en_ewt_train.jsonl >/dev/null; fi
done
for k in 0 1 2 3; do
  SEED=${SEED:-20261125} $BT train "$tmp/lex$k.lex" "$tmp/m$k.model" "$tmp/train$k.jsonl$K1" $NER/uner_en_ewt_dev.jsonl$K2 $NER/uner_en_ewt_train.jsonl$K2 >/dev/null &
  if [ $k = 1 ] || [ $k = 3 ]; then wait; fi
done
cat "$tmp"/test?.jsonl > "$tmp/news.jsonl"
for k in 0 1 2 3; do $BT predict "$tmp/lex$k.lex" "$tmp/m$k.model" "$tmp/test$k.jsonl"; done > "$tmp/news.pred"
python3 Tests/Fixtures/eval/score_entities.py "$tmp/news.jsonl" "$tmp/news.pred" --types PER,ORG,LOC --map-pred PERSON=PER,ORGANIZATION=ORG,PLACE=LOC
