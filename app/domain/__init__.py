"""Pure domain: questionnaire model, answers, scoring. No Qt, no SQL, nothing else of ours."""
