"""The "Palliative forløp" tab: the patient list and the selected patient's plan."""
