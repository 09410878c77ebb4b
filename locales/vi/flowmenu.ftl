## Menu entries that flows declare (docs/dialogue-runtime.md)

# Example flow: its entry on /menu.
example-suggestion-menu = Góp ý với { $org }
