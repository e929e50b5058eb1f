//! One component per file, each a view over data it is given or reads
//! from the page's context (`page_data`).

pub mod app;
pub mod calendar_links;
pub mod faq;
pub mod faq_feedback;
pub mod language_picker;
pub mod load_error;
pub mod next_window;
pub mod notices;
pub mod page_data;
pub mod region_filter;
pub mod schedule;
pub mod subscribe_form;
pub mod tenant_field;
pub mod updates;
pub mod widget;
pub mod window_item;
pub mod window_list;
pub mod zone_picker;
