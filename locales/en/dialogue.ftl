## Dialogue runtime: typed answers and confirmations (docs/dialogue-runtime.md)

choice-confirm-typed = You typed “{ $label }”. This needs a confirmation: press the button or type 1 to confirm; type anything else to skip it.
choice-confirm-yes = Confirm: { $label }
