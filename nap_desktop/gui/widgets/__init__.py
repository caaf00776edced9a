"""Small widgets and helpers shared by the features: form rows, dates, chips, guards, labels."""
