//! `disclose explain`: the long explanation of a diagnostic code, structural
//! (DL0xx) or compliance rule (DL101 and above).

use super::{Exit, Failure, Result};
use crate::cli::ExplainArgs;
use disclose::diag::{codes, did_you_mean};

pub fn run(args: &ExplainArgs) -> Result {
    let Some(wanted) = &args.rule else {
        for code in codes::all() {
            println!("{}  {:<34} {}", code.code, code.name, code.summary);
        }
        return Ok(Exit::Success);
    };
    let Some(code) = find(wanted) else {
        let candidates = codes::all().flat_map(|c| [c.code, c.name]);
        return Err(Failure::usage(
            match did_you_mean(&key(wanted), candidates) {
                Some(s) => format!("no code `{wanted}`; did you mean `{s}`?"),
                None => format!("no code `{wanted}`; `disclose explain` lists them all"),
            },
        ));
    };
    print!("{}", code.explain());
    Ok(Exit::Success)
}

/// The registered code with this code (any case) or kebab-case name.
fn find(wanted: &str) -> Option<&'static codes::Code> {
    let key = key(wanted);
    codes::all().find(|c| c.code == key || c.name == key)
}

/// Codes upper-case, names kebab-case, as the registry spells them.
fn key(wanted: &str) -> String {
    let wanted = wanted.trim();
    if wanted.len() == 5
        && wanted
            .get(..2)
            .is_some_and(|p| p.eq_ignore_ascii_case("dl"))
    {
        wanted.to_ascii_uppercase()
    } else {
        wanted.to_ascii_lowercase().replace('_', "-")
    }
}
