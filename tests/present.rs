//! Presenting the figures: the deck's steps, its place in the address, and the keys it lists.
#![cfg(not(target_arch = "wasm32"))]

use alliance_organization::essay::present::{parse, write, At, Deck, Move};
use proptest::prelude::*;

/// The essay's figures' prompts, in its order.
fn prompts() -> Vec<usize> {
    alliance_organization::essay::data::ESSAY
        .placements()
        .map(|(_, name)| alliance_organization::sims::figure(name).map_or(0, |f| f.try_this.len()))
        .collect()
}

#[test]
fn next_walks_every_figure_and_every_prompt_in_order_then_stays() {
    let prompts = prompts();
    assert_eq!(prompts.len(), 6);
    let mut deck = Deck::new(prompts.clone(), At { figure: 0, step: 0 });
    let mut seen = vec![deck.at];
    loop {
        let next = deck.after(Move::Next);
        if next == deck.at {
            break;
        }
        deck.go(next);
        seen.push(next);
    }
    let expected: Vec<At> = prompts
        .iter()
        .enumerate()
        .flat_map(|(figure, n)| (0..=*n).map(move |step| At { figure, step }))
        .collect();
    assert_eq!(seen, expected);
}

#[test]
fn going_back_to_a_figure_returns_where_it_was_left() {
    let mut deck = Deck::new(vec![3, 2, 0], At { figure: 0, step: 0 });
    deck.go(At { figure: 0, step: 2 });
    deck.go(deck.after(Move::Figure(2)));
    assert_eq!(deck.at, At { figure: 2, step: 0 });
    assert_eq!(deck.after(Move::First), At { figure: 0, step: 2 });
    assert_eq!(deck.after(Move::Prev), At { figure: 1, step: 0 });
    deck.go(At { figure: 1, step: 2 });
    deck.go(At { figure: 2, step: 0 });
    assert_eq!(deck.after(Move::Prev), At { figure: 1, step: 2 });
    assert_eq!(deck.after(Move::Figure(9)), deck.at);
    assert_eq!(deck.after(Move::Last), At { figure: 2, step: 0 });
}

#[test]
fn the_address_names_figure_and_step() {
    let prompts = prompts();
    assert_eq!(parse("", &prompts), At { figure: 0, step: 0 });
    assert_eq!(parse("4", &prompts), At { figure: 3, step: 0 });
    assert_eq!(parse("4.2", &prompts), At { figure: 3, step: 2 });
    assert_eq!(write(At { figure: 3, step: 0 }), "4");
    assert_eq!(write(At { figure: 3, step: 2 }), "4.2");
    // Past the end: the last figure, its last step.
    assert_eq!(
        parse("99.99", &prompts),
        At {
            figure: 5,
            step: prompts[5]
        }
    );
    assert_eq!(parse("0", &prompts), At { figure: 0, step: 0 });
    assert_eq!(parse("x.y", &prompts), At { figure: 0, step: 0 });
}

proptest! {
    #[test]
    fn any_address_gives_a_place_in_the_deck(value in ".{0,24}") {
        let prompts = prompts();
        let at = parse(&value, &prompts);
        prop_assert!(at.figure < prompts.len());
        prop_assert!(at.step <= prompts[at.figure]);
    }

    #[test]
    fn every_place_survives_its_address(figure in 0usize..6, step in 0usize..8) {
        let prompts = prompts();
        let at = Deck::new(prompts.clone(), At { figure, step }).at;
        prop_assert_eq!(parse(&write(at), &prompts), at);
    }

    #[test]
    fn next_then_back_returns(figure in 0usize..6, step in 0usize..8) {
        let prompts = prompts();
        let mut deck = Deck::new(prompts, At { figure, step });
        let here = deck.at;
        let next = deck.after(Move::Next);
        if next != here {
            deck.go(next);
            prop_assert_eq!(deck.after(Move::Prev), here);
        }
    }
}
