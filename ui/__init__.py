"""Qt widgets of the counter application. Imports dealer_app; never the reverse."""
