"""Bad-input test bed: good minutes mixed with broken and hostile files (see README.md)."""
