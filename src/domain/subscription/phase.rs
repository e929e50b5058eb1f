//! Where the form is, as its live region shows it.

use super::outcome::{SubmitError, Success};
use crate::domain::display::Wall;
use crate::domain::i18n::t;

/// Where the form is, as the live region's `data-state` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Idle,
    /// Sending, or waiting to send again (`notice` says why and for how long).
    Submitting {
        notice: Option<String>,
    },
    Succeeded(Success),
    /// Stopped; `reason` is the `data-reason` slug, `retry` whether
    /// "Try again" can help.
    Failed {
        message: String,
        reason: &'static str,
        retry: bool,
    },
}

impl Phase {
    pub fn data_state(&self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Submitting { .. } => "submitting",
            Phase::Succeeded(_) => "success",
            Phase::Failed { .. } => "error",
        }
    }

    /// What the live region says.
    pub fn message(&self) -> String {
        match self {
            Phase::Idle => String::new(),
            Phase::Submitting { notice: None } => t("Subscribing…"),
            Phase::Submitting { notice: Some(n) } => n.clone(),
            Phase::Succeeded(s) => s.message(),
            Phase::Failed { message, .. } => message.clone(),
        }
    }

    /// The `data-reason` slug of a failure.
    pub fn reason(&self) -> Option<&'static str> {
        match self {
            Phase::Failed { reason, .. } => Some(reason),
            _ => None,
        }
    }

    /// Whether what was typed did not pass (the visitor must change it).
    pub fn invalid(message: String) -> Phase {
        Phase::Failed {
            message,
            reason: "invalid",
            retry: false,
        }
    }

    pub fn is_busy(&self) -> bool {
        matches!(self, Phase::Submitting { .. })
    }

    /// Stopped by `error`; `when` words a wall time (see
    /// [`SubmitError::message`]).
    pub fn failed(error: &SubmitError, when: impl FnOnce(&Wall) -> String) -> Phase {
        Phase::Failed {
            message: error.message(when),
            reason: error.reason(),
            retry: error.can_retry(),
        }
    }
}
