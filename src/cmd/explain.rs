//! `disclose explain`: the long explanation of a compliance rule.

use super::{Exit, Failure, Result};
use crate::cli::ExplainArgs;
use disclose::lint;

pub fn run(args: &ExplainArgs) -> Result {
    let Some(wanted) = &args.rule else {
        for rule in lint::RULES {
            println!("{}  {:<34} {}", rule.code, rule.name, rule.summary);
        }
        return Ok(Exit::Success);
    };
    let Some(rule) = lint::rule(wanted) else {
        return Err(Failure::usage(match lint::suggest(wanted) {
            Some(s) => format!("no rule `{wanted}`; did you mean `{s}`?"),
            None => format!("no rule `{wanted}`; `disclose explain` lists them all"),
        }));
    };
    print!("{}", rule.explain());
    Ok(Exit::Success)
}
