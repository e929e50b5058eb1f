//! The email field: what counts as an address, and what to say when it
//! does not.

use crate::domain::i18n::t;

/// GOV.UK-style messages for the email field (in English: the page shows
/// [`EmailError`]'s `Display`, in the page's language).
pub const EMAIL_EMPTY: &str = "Enter your email address";
pub const EMAIL_FORMAT: &str =
    "Enter an email address in the correct format, like name@example.com";
pub const EMAIL_TOO_LONG: &str = "Email address must be 254 characters or fewer";

/// RFC 5321's limit on a path, less the angle brackets.
pub const MAX_EMAIL_CHARS: usize = 254;

/// An email address that passed validation; only [`Email::parse`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    Format,
    TooLong,
}

impl std::fmt::Display for EmailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            EmailError::Empty => t("Enter your email address"),
            EmailError::Format => format_message(),
            EmailError::TooLong => t("Email address must be 254 characters or fewer"),
        })
    }
}

impl std::error::Error for EmailError {}

/// [`EMAIL_FORMAT`] in the page's language.
pub(super) fn format_message() -> String {
    t("Enter an email address in the correct format, like name@example.com")
}

impl Email {
    /// Trims the input and validates it with the `email_address` crate
    /// (RFC 5322/6531, so international addresses are accepted), requiring a
    /// dot in the domain and refusing display names (`Ann <a@b.c>`) and
    /// IP-literal domains, which no one means to type into this field.
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let address = input.trim();
        if address.is_empty() {
            return Err(EmailError::Empty);
        }
        if address.chars().count() > MAX_EMAIL_CHARS {
            return Err(EmailError::TooLong);
        }
        let options = email_address::Options::default()
            .with_required_tld()
            .without_display_text()
            .without_domain_literal();
        match email_address::EmailAddress::parse_with_options(address, options) {
            Ok(_) => Ok(Email(address.to_owned())),
            Err(_) => Err(EmailError::Format),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
