#!/usr/bin/env bash
# The differential test at length: generated regulations and event logs judged by the real
# evaluator and by the reference one (written from docs/semantics.md); CI runs 300 cases.
#   scripts/differential.sh            10,000 cases from seed 1
#   scripts/differential.sh 50000 7    50,000 cases from seed 7
# A disagreement prints its seed, the generated rules and the verdicts that differ: keep it as a
# regression case in Tests/RulesKitTests/Evaluation/ReferenceEvaluatorTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
RULES_DIFFERENTIAL_CASES=${1:-10000} RULES_DIFFERENTIAL_SEED=${2:-1} \
  swift test --filter DifferentialTests
