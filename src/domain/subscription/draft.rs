//! What the visitor has typed and ticked, kept across a reload.

use crate::domain::feed::Region;
use crate::domain::json::{self, Field as Json};

/// What the visitor has typed and ticked, as kept in sessionStorage so that
/// a reload keeps it. Region ids are as ticked; [`Draft::known_regions`]
/// drops any the feed no longer has.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub email: String,
    pub regions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the saved form draft could not be read ({0})")]
pub struct DraftError(String);

impl Draft {
    pub fn is_empty(&self) -> bool {
        self.email.is_empty() && self.regions.is_empty()
    }

    pub fn to_json(&self) -> String {
        json::object(&[
            ("email", Json::Str(&self.email)),
            ("regions", Json::List(&self.regions)),
        ])
    }

    /// Reads a saved draft: an object whose `email` is a string and whose
    /// `regions` is a list of strings (either may be missing).
    pub fn from_json(text: &str) -> Result<Draft, DraftError> {
        use serde_json::Value;
        let value: Value =
            serde_json::from_str(text).map_err(|e| DraftError(json::where_not_json(&e)))?;
        let Value::Object(obj) = value else {
            return Err(DraftError("not an object".to_owned()));
        };
        let email = match obj.get("email") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(DraftError("email is not a string".to_owned())),
        };
        let regions = match obj.get("regions") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| i.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| DraftError("regions is not a list of strings".to_owned()))?,
            Some(_) => return Err(DraftError("regions is not a list".to_owned())),
        };
        Ok(Draft { email, regions })
    }

    /// The draft with only the regions the feed has, in the feed's order,
    /// each once.
    pub fn known_regions(mut self, feed_regions: &[Region]) -> Draft {
        self.regions = feed_regions
            .iter()
            .map(|r| r.id.as_str())
            .filter(|id| self.regions.iter().any(|t| t == id))
            .map(str::to_owned)
            .collect();
        self
    }
}
