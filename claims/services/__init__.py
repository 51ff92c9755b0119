"""Use cases. Writes are verbs that check access, write the audit record and bump the version in one place
(claims.services.records); reads are named helpers that load what a page needs in a fixed number of queries,
always through claims.services.scope."""
