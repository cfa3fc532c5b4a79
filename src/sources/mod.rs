//! Where an article's sources come from: the list it declares
//! ([`declared`]) and the texts of those sources ([`text`]).
//! Depends on `read` only.

pub mod bibliography;
pub mod declared;
pub mod provider;
pub mod text;
