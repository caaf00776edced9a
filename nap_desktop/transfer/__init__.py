"""Agency-to-agency transfer: the age encryption layer, the .napx package, import and export."""
