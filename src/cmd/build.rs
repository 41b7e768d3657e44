//! `disclose build`: catalogues in, pages and manifests out.

use crate::Exit;
use crate::cli::{BuildArgs, ColorChoice};

pub fn run(_args: &BuildArgs, _color: ColorChoice) -> Exit {
    Exit::Usage
}
