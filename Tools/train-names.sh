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
# GUM (edited prose: news, Wikipedia, ...) trains as kind 1 and UNER EWT (web text) as kind 2: each kind has its own
# copy of the feature weights besides the shared ones, and the model keeps the shared weights plus half of each kind's
# (byline-train's default: an equal share of each kind)
# (chosen by Tools/cv-names.sh and cross-validation on GUM's news stories).
.build/release/byline-train train $OUT/names.lex $OUT/names.model \
  $NER/gum/gum_ner.jsonl@1 $NER/uner_en_ewt_dev.jsonl@2 $NER/uner_en_ewt_train.jsonl@2
