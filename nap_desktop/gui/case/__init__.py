"""One case: the case view, its tabs and record editors, new case, the referral summary."""
