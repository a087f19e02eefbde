"""Users' perception of maladministration (Ombudsman Output): the questions put on the public
SKM form, the rule that turns answers into a predicted 0–3 per indicator, and the provider that
plugs the questions into the SKM form (``pantau.surveys.extras``)."""
