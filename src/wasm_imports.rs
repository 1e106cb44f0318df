//! Short import names for the wasm and its glue, at build time. wasm-bindgen names each function the
//! wasm imports from its glue after the function and a hash (`__wbg_drawImage_47077eeae8f1a73d`), under
//! the module `./NAME_bg.js`, and writes every name twice: in the wasm's import section and as a key
//! of the glue's import object. Two hundred such names, their hashes incompressible, were 3.1 KB of the
//! wasm's brotli and 2.1 KB of the glue's. [`shorten`] renames them `a`, `b`, … `ba`, … in both files,
//! changing nothing else in either.

/// The wasm and its glue with short import names, and how many were renamed.
#[derive(Debug)]
pub struct Shortened {
    /// The wasm: the same bytes but for its import section.
    pub wasm: Vec<u8>,
    /// The glue: the same text but for the import object's keys.
    pub glue: String,
    /// How many imports were renamed.
    pub renamed: usize,
}

/// Renames the imports of `wasm` that its `glue` provides. Fails, changing nothing, where either file
/// is not as wasm-bindgen writes them (a malformed section, an import the glue does not provide once
/// as `NAME: function`, a module not given once as `"MODULE": importN`): a new wasm-bindgen then needs
/// this to follow it.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<Shortened, String> {
    const HEADER: &[u8] = b"\0asm\x01\0\0\0";
    if !wasm.starts_with(HEADER) {
        return Err("not a wasm module (version 1)".into());
    }
    let mut out = HEADER.to_vec();
    let mut glue = glue.to_string();
    let mut renamed = 0;
    let mut at = HEADER.len();
    while at < wasm.len() {
        let start = at;
        let id = wasm[at];
        let (size, body) = leb(wasm, at + 1)?;
        let end = body
            .checked_add(size as usize)
            .filter(|&end| end <= wasm.len())
            .ok_or("a section runs past the end of the file")?;
        at = end;
        if id != 2 {
            out.extend_from_slice(&wasm[start..end]);
            continue;
        }
        let section = imports(&wasm[body..end], &mut glue, &mut renamed)?;
        out.push(2);
        push_leb(&mut out, section.len() as u32);
        out.extend_from_slice(&section);
    }
    Ok(Shortened {
        wasm: out,
        glue,
        renamed,
    })
}

/// The import section `section` rewritten with short names, `glue` renamed to match.
fn imports(section: &[u8], glue: &mut String, renamed: &mut usize) -> Result<Vec<u8>, String> {
    let (count, mut at) = leb(section, 0)?;
    let mut out = Vec::new();
    push_leb(&mut out, count);
    // The modules renamed so far, in order: the n-th is called `mN` in both files.
    let mut modules: Vec<String> = Vec::new();
    for _ in 0..count {
        let (module, next) = name(section, at)?;
        let (field, next) = name(section, next)?;
        let end = descriptor_end(section, next)?;
        let descriptor = &section[next..end];
        at = end;
        let old_key = format!("\n        \"{module}\": import");
        let short_module = match modules.iter().position(|m| *m == module) {
            Some(i) => Some(format!("m{i}")),
            None if glue.matches(&old_key).count() == 1 => {
                let short = format!("m{}", modules.len());
                *glue = glue.replacen(&old_key, &format!("\n        {short}: import"), 1);
                modules.push(module.clone());
                Some(short)
            }
            // Not the glue's (an import of another kind of module): left as it is.
            None => None,
        };
        let (module, field) = match short_module {
            Some(short_module) => {
                let old = format!("\n        {field}: function");
                if glue.matches(&old).count() != 1 {
                    return Err(format!("the glue does not provide {field} once"));
                }
                let short = short_name(*renamed);
                *glue = glue.replacen(&old, &format!("\n        {short}: function"), 1);
                *renamed += 1;
                (short_module, short)
            }
            None => (module, field),
        };
        for text in [&module, &field] {
            push_leb(&mut out, text.len() as u32);
            out.extend_from_slice(text.as_bytes());
        }
        out.extend_from_slice(descriptor);
    }
    if at != section.len() {
        return Err("the import section holds more than its imports".into());
    }
    Ok(out)
}

/// The `n`-th short name: `a` … `z`, `A` … `Z`, then `ba`, `bb`, … (letters only, so a plain key).
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut out = Vec::new();
    loop {
        out.push(LETTERS[n % 52]);
        n /= 52;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Where the import descriptor starting at `at` ends: a function, table, memory, global or tag.
fn descriptor_end(bytes: &[u8], at: usize) -> Result<usize, String> {
    let kind = *bytes.get(at).ok_or("an import without its kind")?;
    let limits = |at: usize| -> Result<usize, String> {
        let flags = *bytes.get(at).ok_or("limits cut short")?;
        let (_, mut at) = leb(bytes, at + 1)?;
        if flags & 1 == 1 {
            at = leb(bytes, at)?.1;
        }
        Ok(at)
    };
    match kind {
        0 => Ok(leb(bytes, at + 1)?.1),
        1 => limits(at + 2),
        2 => limits(at + 1),
        3 => Ok(at + 3),
        4 => Ok(leb(bytes, at + 2)?.1),
        _ => Err(format!("an import of unknown kind {kind}")),
    }
}

/// The length-prefixed UTF-8 name at `at`, and where it ends.
fn name(bytes: &[u8], at: usize) -> Result<(String, usize), String> {
    let (len, at) = leb(bytes, at)?;
    let end = at + len as usize;
    let text = bytes.get(at..end).ok_or("a name runs past its section")?;
    let text = std::str::from_utf8(text).map_err(|_| "a name is not UTF-8")?;
    Ok((text.to_string(), end))
}

/// The unsigned LEB128 number at `at`, and where it ends.
fn leb(bytes: &[u8], mut at: usize) -> Result<(u32, usize), String> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(at).ok_or("a number runs past the end")?;
        at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return u32::try_from(value)
                .map(|v| (v, at))
                .map_err(|_| "a number too large".into());
        }
    }
    Err("a number too long".into())
}

/// Appends `value` as unsigned LEB128.
fn push_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
