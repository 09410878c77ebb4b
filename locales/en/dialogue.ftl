## Dialogue runtime: typed answers and confirmations (docs/dialogue-runtime.md)

choice-confirm-typed = You typed “{ $label }”. This needs a confirmation: press the button or type 1 to confirm; type anything else to skip it.
choice-confirm-yes = Confirm: { $label }

## Example flow (docs/dialogue-runtime.md, run by test/docs/dialogue-runtime.test.ts)

example-suggestion-title = Suggestion
example-suggestion-topic = What is your suggestion about?
example-suggestion-topic-label = Topic
example-suggestion-activities = Activities
example-suggestion-other = Something else
example-suggestion-text = Write your suggestion.
example-suggestion-text-label = Text
example-suggestion-named = May your name be read out with it?
example-suggestion-named-label = Named
example-suggestion-done = Suggestion sent. Thank you.
