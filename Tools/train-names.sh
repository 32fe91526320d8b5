#!/bin/sh
# Rebuilds the name finder's resources from the gazetteers and the legitimate training data.
# Never add Tests/Fixtures/eval/ner/wikigold.jsonl or uner_en_ewt_test.jsonl here: they are test sets.
set -e
cd "$(dirname "$0")/.."
GAZ=${GAZ:-Tools/gazetteers}
WIKINEWS=${WIKINEWS:-Sources/BylineKit/Resources/Library/wikinews}
OUT=Sources/BylineKit/Resources/Gazetteers
NER=Tests/Fixtures/eval/ner
swift build -c release --product byline-train
# The cluster table is a bundled resource the features read: rebuild the tool after writing it.
.build/release/byline-train clusters "$GAZ/spacy_en_lexeme_cluster.tsv" $OUT/clusters.bin
swift build -c release --product byline-train
.build/release/byline-train lexicon "$GAZ" $OUT/names.lex "$WIKINEWS" $NER/gum/gum_ner.jsonl $NER/uner_en_ewt_dev.jsonl $NER/uner_en_ewt_train.jsonl
.build/release/byline-train train $OUT/names.lex $OUT/names.model $NER/gum/gum_ner.jsonl $NER/uner_en_ewt_dev.jsonl $NER/uner_en_ewt_train.jsonl
