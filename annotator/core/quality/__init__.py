"""Quality for the team lead: gold scoring, agreement, merge, review and the report, for every item kind."""
