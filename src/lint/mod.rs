//! Compliance rules over the model (in progress).
