"""Calculations: the claim document of each claimant in a case, its breakdown, and what a rule change did."""
