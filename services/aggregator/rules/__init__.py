"""The reconciliation rules, one concern per module: votes, voting, stages, grouping, checks."""
