"""rpl_desktop: recognition of prior learning (realkompetansevurdering / validering) on the desktop."""

__version__ = "0.1.0"
