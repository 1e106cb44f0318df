//! The build's renaming of the wasm's imports (`wasm_imports::shorten`): both files renamed alike,
//! nothing else changed, and anything unexpected refused rather than half done.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::wasm_imports::shorten;

/// A name as the wasm writes it: its length, then its bytes.
fn name(text: &str) -> Vec<u8> {
    let mut out = vec![text.len() as u8];
    out.extend_from_slice(text.as_bytes());
    out
}

/// A module with a type section, an import section holding `imports` (module, field, descriptor)
/// and a custom section after it.
fn module(imports: &[(&str, &str, &[u8])]) -> Vec<u8> {
    let mut section = vec![imports.len() as u8];
    for (module, field, descriptor) in imports {
        section.extend(name(module));
        section.extend(name(field));
        section.extend_from_slice(descriptor);
    }
    let mut out = b"\0asm\x01\0\0\0".to_vec();
    out.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
    out.push(2);
    out.push(section.len() as u8);
    out.extend(section);
    out.extend_from_slice(&[0, 5, 4, b'n', b'o', b't', b'e']);
    out
}

const GLUE: &str = "function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_log_0123456789abcdef: function(arg0) {
            console.log(arg0);
        },
        __wbg_now_fedcba9876543210: function() {
            return __wbg_log_0123456789abcdef;
        },
    };
    return {
        __proto__: null,
        \"./x_bg.js\": import0,
    };
}
";

#[test]
fn the_glues_imports_get_short_names_in_both_files_and_nothing_else_changes() {
    let wasm = module(&[
        ("./x_bg.js", "__wbg_log_0123456789abcdef", &[0, 0]),
        ("env", "memory", &[2, 1, 1, 2]),
        ("./x_bg.js", "__wbg_now_fedcba9876543210", &[0, 0]),
    ]);
    let short = shorten(&wasm, GLUE).expect("shortened");
    assert_eq!(short.renamed, 2);
    assert_eq!(
        short.wasm,
        module(&[
            ("m0", "a", &[0, 0]),
            ("env", "memory", &[2, 1, 1, 2]),
            ("m0", "b", &[0, 0]),
        ])
    );
    assert_eq!(
        short.glue,
        GLUE.replace(
            "        __wbg_log_0123456789abcdef: function",
            "        a: function"
        )
        .replace(
            "        __wbg_now_fedcba9876543210: function",
            "        b: function"
        )
        .replace("\"./x_bg.js\": import0", "m0: import0")
    );
    // Only the keys: the body that names a function is left as it was.
    assert!(short.glue.contains("return __wbg_log_0123456789abcdef;"));
}

#[test]
fn what_is_not_as_wasm_bindgen_writes_it_is_refused() {
    let wasm = module(&[("./x_bg.js", "__wbg_gone_0000000000000000", &[0, 0])]);
    assert!(shorten(&wasm, GLUE).is_err(), "an import the glue lacks");
    let twice = GLUE.replace(
        "    };\n    return",
        "        \"./x_bg.js\": import0,\n    };\n    return",
    );
    let wasm = module(&[("./x_bg.js", "__wbg_log_0123456789abcdef", &[0, 0])]);
    assert_eq!(
        shorten(&wasm, &twice).expect("another module's").renamed,
        0,
        "a module given twice is not the glue's"
    );
    assert!(
        shorten(b"\0asm\x02\0\0\0", GLUE).is_err(),
        "another version"
    );
    let mut cut = wasm.clone();
    cut.truncate(cut.len() - 9);
    assert!(shorten(&cut, GLUE).is_err(), "a file cut short");
}
