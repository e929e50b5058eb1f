//! One component per file, each a view over data it is given.

pub mod app;
pub mod load_error;
pub mod notices;
pub mod schedule;
pub mod skeleton;
pub mod window_item;
pub mod window_list;
