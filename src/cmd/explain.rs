//! `disclose explain`: the long explanation of a compliance rule.

use crate::Exit;
use crate::cli::ExplainArgs;
use disclose::lint;

pub fn run(args: &ExplainArgs) -> Exit {
    let Some(wanted) = &args.rule else {
        for rule in lint::RULES {
            println!("{}  {:<34} {}", rule.code, rule.name, rule.summary);
        }
        return Exit::Success;
    };
    match lint::rule(wanted) {
        Some(rule) => {
            print!("{}", rule.explain());
            Exit::Success
        }
        None => {
            match lint::suggest(wanted) {
                Some(s) => eprintln!("error: no rule `{wanted}`; did you mean `{s}`?"),
                None => eprintln!("error: no rule `{wanted}`; `disclose explain` lists them all"),
            }
            Exit::Usage
        }
    }
}
