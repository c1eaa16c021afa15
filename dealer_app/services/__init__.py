"""Units of work over the branch database. Each public write is one transaction that also
writes its audit row and, where head office must know, its outbox entry."""
