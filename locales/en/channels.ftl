## Channels: flood limit

flood-warning = You are sending messages too fast. I will pause my answers for a few minutes; please send again after that.
