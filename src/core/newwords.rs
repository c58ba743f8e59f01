//! New-word discovery (placeholder).
