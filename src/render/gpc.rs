//! `.well-known/gpc.json`: the Global Privacy Control support resource, written when
//! a catalogue of the build honours GPC (`[consent] gpc = true`).
//!
//! W3C Global Privacy Control, "GPC Support Resource" (www.w3.org/TR/gpc/): a JSON
//! object at `/.well-known/gpc.json` of the site's origin, with `gpc` (a boolean:
//! the site intends to honour the signal) and, optionally, `lastUpdate` (an RFC 3339
//! full-date: when that representation last changed). The date is the policy's
//! effective date; where several policies of one build honour GPC, the latest. Deploy
//! the file at the root of the origin the policies cover.

use super::renderer::{IndexPolicy, Renderer, SiteInput};
use crate::model::{Effective, Policy, signals::gpc_refused};
use crate::output::WritePlan;
use anyhow::Result;
use std::path::PathBuf;

/// Whether `policy` honours GPC, and since when (a full date), for the index entry.
pub fn support(policy: &Policy) -> Option<Option<String>> {
    gpc_refused(policy)?;
    Some(policy.effective.as_ref().map(full_date))
}

/// RFC 3339 full-date of an effective date: a month alone is its first day.
fn full_date(effective: &Effective) -> String {
    match *effective {
        Effective::Month { year, month } => format!("{year:04}-{month:02}-01"),
        Effective::Date {
            year, month, day, ..
        }
        | Effective::DateTime {
            year, month, day, ..
        } => format!("{year:04}-{month:02}-{day:02}"),
    }
}

/// The resource for the policies of a build; `None` when none honours GPC.
pub fn resource(policies: &[IndexPolicy]) -> Option<String> {
    let honouring: Vec<&Option<String>> = policies.iter().filter_map(|p| p.gpc.as_ref()).collect();
    if honouring.is_empty() {
        return None;
    }
    let last = honouring.iter().filter_map(|d| d.as_deref()).max();
    let json = match last {
        Some(date) => serde_json::json!({ "gpc": true, "lastUpdate": date }),
        None => serde_json::json!({ "gpc": true }),
    };
    Some(serde_json::to_string_pretty(&json).expect("JSON serialises") + "\n")
}

pub struct GpcRenderer;

impl Renderer for GpcRenderer {
    fn render_site(&self, input: &SiteInput, plan: &mut WritePlan) -> Result<()> {
        if let Some(json) = resource(input.policies) {
            plan.add(PathBuf::from(".well-known/gpc.json"), json.into_bytes());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(gpc: Option<Option<&str>>) -> IndexPolicy {
        IndexPolicy {
            id: "p".into(),
            name: "P".into(),
            pages: Vec::new(),
            gpc: gpc.map(|d| d.map(str::to_owned)),
        }
    }

    #[test]
    fn written_only_when_a_policy_honours_gpc_with_the_latest_date() {
        assert_eq!(resource(&[entry(None)]), None);
        assert_eq!(
            resource(&[
                entry(Some(Some("2024-05-01"))),
                entry(None),
                entry(Some(Some("2025-01-31")))
            ])
            .unwrap(),
            "{\n  \"gpc\": true,\n  \"lastUpdate\": \"2025-01-31\"\n}\n"
        );
        assert_eq!(
            resource(&[entry(Some(None))]).unwrap(),
            "{\n  \"gpc\": true\n}\n"
        );
        assert_eq!(
            full_date(&Effective::Month {
                year: 2018,
                month: 11
            }),
            "2018-11-01"
        );
    }
}
