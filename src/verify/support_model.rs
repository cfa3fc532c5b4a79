//! The support model: written by `scripts/train_support.py --write`; do
//! not edit by hand. See `matching::support_logit` for how it is used.
//!
//! Trained on 2026-12-03 on WiCE dev, AttributionBench dev and the
//! tuning half of tests/data (1595 claims; ours counted 4 times), seed
//! 2026: a logistic regression (ridge 2), then 60 regression trees of depth
//! 4 boosted on its logit (rate 0.1, at least 30 claims a leaf).
//! Cross-validated (5 folds; inside each fold the thresholds are chosen as
//! the shipped ones are, on scores of an inner cross-validation of its training part):
//! - wice: cross-validated AUC supported vs not 0.939, vs partial+not 0.806; `supported` at the 0.90-precision threshold: accuracy 0.685, precision 0.778; at the accuracy-best threshold: accuracy 0.768 (349 claims)
//! - attrib: cross-validated AUC supported vs not 0.792; `supported` at the 0.90-precision threshold: accuracy 0.642, precision 0.886; at the accuracy-best threshold: accuracy 0.710 (1198 claims)
//! - ours: cross-validated AUC supported vs not 0.826; `supported` at the 0.90-precision threshold: accuracy 0.646, precision 1.000; at the accuracy-best threshold: accuracy 0.750 (48 claims)

use super::matching::{TreeNode, FEATURE_COUNT};

/// Weights of the linear part, in `FEATURES` order.
pub const SUPPORT_WEIGHTS: [f64; FEATURE_COUNT] = [
    0.2341,  // window_coverage
    0.9880,  // window_pairs
    1.8566,  // dice
    -0.7581, // text_coverage
    -0.0862, // text_pairs
    -0.0671, // cover
    0.5448,  // window_numbers
    2.0292,  // text_numbers
    0.4536,  // has_numbers
    -0.9111, // opposite
    0.3119,  // claim_terms
    -0.3016, // unknown
    0.5871,  // names
    -0.0007, // missing_weight
    -0.3291, // text_sentences
    -0.1866, // missing_run
];
pub const SUPPORT_BIAS: f64 = -3.1289;

/// Each tree's value is scaled by this.
pub const TREE_RATE: f64 = 0.1;
/// Where each tree starts in [`TREE_NODES`].
pub const TREE_ROOTS: [usize; 60] = [
    0, 27, 54, 81, 108, 129, 144, 159, 174, 203, 220, 241, 258, 285, 302, 319, 348, 363, 380, 395,
    416, 433, 444, 459, 482, 499, 520, 533, 556, 571, 592, 615, 636, 647, 664, 679, 692, 715, 726,
    747, 774, 795, 822, 845, 860, 881, 896, 907, 932, 957, 978, 997, 1024, 1039, 1066, 1085, 1112,
    1127, 1146, 1157,
];
pub static TREE_NODES: [TreeNode; 1180] = [
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 1,
        right: 12,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 2,
        right: 9,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 3,
        right: 6,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 4,
        right: 5,
    }, // window_coverage
    TreeNode::Leaf(0.158454),
    TreeNode::Leaf(-0.689130),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 7,
        right: 8,
    }, // missing_weight
    TreeNode::Leaf(0.789742),
    TreeNode::Leaf(0.210639),
    TreeNode::Split {
        feature: 3,
        threshold: 0.418407,
        left: 10,
        right: 11,
    }, // text_coverage
    TreeNode::Leaf(-0.008243),
    TreeNode::Leaf(-0.757811),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 13,
        right: 20,
    }, // text_sentences
    TreeNode::Split {
        feature: 0,
        threshold: 0.661569,
        left: 14,
        right: 17,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.485432,
        left: 15,
        right: 16,
    }, // unknown
    TreeNode::Leaf(-0.821685),
    TreeNode::Leaf(0.105454),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 18,
        right: 19,
    }, // claim_terms
    TreeNode::Leaf(-0.247108),
    TreeNode::Leaf(0.429327),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 21,
        right: 24,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 22,
        right: 23,
    }, // window_pairs
    TreeNode::Leaf(-0.116732),
    TreeNode::Leaf(0.707260),
    TreeNode::Split {
        feature: 4,
        threshold: 0.314144,
        left: 25,
        right: 26,
    }, // text_pairs
    TreeNode::Leaf(-0.567867),
    TreeNode::Leaf(0.268684),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 28,
        right: 39,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 29,
        right: 36,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 30,
        right: 33,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 7.278046,
        left: 31,
        right: 32,
    }, // missing_weight
    TreeNode::Leaf(0.263818),
    TreeNode::Leaf(-0.587708),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 34,
        right: 35,
    }, // missing_weight
    TreeNode::Leaf(0.737440),
    TreeNode::Leaf(0.198609),
    TreeNode::Split {
        feature: 3,
        threshold: 0.469708,
        left: 37,
        right: 38,
    }, // text_coverage
    TreeNode::Leaf(-0.047960),
    TreeNode::Leaf(-0.714852),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 40,
        right: 47,
    }, // claim_terms
    TreeNode::Split {
        feature: 3,
        threshold: 0.545918,
        left: 41,
        right: 44,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 42,
        right: 43,
    }, // text_sentences
    TreeNode::Leaf(-0.400864),
    TreeNode::Leaf(0.347454),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 45,
        right: 46,
    }, // text_sentences
    TreeNode::Leaf(0.235078),
    TreeNode::Leaf(-0.476560),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 48,
        right: 51,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 1.497866,
        left: 49,
        right: 50,
    }, // missing_weight
    TreeNode::Leaf(0.646746),
    TreeNode::Leaf(-0.177578),
    TreeNode::Split {
        feature: 14,
        threshold: 2.970085,
        left: 52,
        right: 53,
    }, // text_sentences
    TreeNode::Leaf(0.984252),
    TreeNode::Leaf(0.107387),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 55,
        right: 70,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 56,
        right: 63,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 57,
        right: 60,
    }, // text_sentences
    TreeNode::Split {
        feature: 3,
        threshold: 0.430593,
        left: 58,
        right: 59,
    }, // text_coverage
    TreeNode::Leaf(0.207259),
    TreeNode::Leaf(-0.342579),
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 61,
        right: 62,
    }, // window_pairs
    TreeNode::Leaf(0.074981),
    TreeNode::Leaf(0.848871),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 64,
        right: 67,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.144752,
        left: 65,
        right: 66,
    }, // window_coverage
    TreeNode::Leaf(-0.166430),
    TreeNode::Leaf(-0.821554),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 68,
        right: 69,
    }, // window_pairs
    TreeNode::Leaf(0.592216),
    TreeNode::Leaf(-0.241268),
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 71,
        right: 76,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 72,
        right: 75,
    }, // window_pairs
    TreeNode::Split {
        feature: 15,
        threshold: 1.500000,
        left: 73,
        right: 74,
    }, // missing_run
    TreeNode::Leaf(0.982379),
    TreeNode::Leaf(0.354268),
    TreeNode::Leaf(0.061814),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 77,
        right: 78,
    }, // claim_terms
    TreeNode::Leaf(-0.841098),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 79,
        right: 80,
    }, // dice
    TreeNode::Leaf(-0.418040),
    TreeNode::Leaf(0.389690),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 82,
        right: 95,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 83,
        right: 88,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.652122,
        left: 84,
        right: 87,
    }, // unknown
    TreeNode::Split {
        feature: 0,
        threshold: 0.340360,
        left: 85,
        right: 86,
    }, // window_coverage
    TreeNode::Leaf(0.827602),
    TreeNode::Leaf(0.213668),
    TreeNode::Leaf(-0.281346),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 89,
        right: 92,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 3.257357,
        left: 90,
        right: 91,
    }, // missing_weight
    TreeNode::Leaf(-0.278933),
    TreeNode::Leaf(0.223752),
    TreeNode::Split {
        feature: 0,
        threshold: 0.170905,
        left: 93,
        right: 94,
    }, // window_coverage
    TreeNode::Leaf(0.060133),
    TreeNode::Leaf(-0.623733),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 96,
        right: 103,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395112,
        left: 97,
        right: 100,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.290051,
        left: 98,
        right: 99,
    }, // window_coverage
    TreeNode::Leaf(-0.217700),
    TreeNode::Leaf(0.632689),
    TreeNode::Split {
        feature: 11,
        threshold: 0.209878,
        left: 101,
        right: 102,
    }, // unknown
    TreeNode::Leaf(0.029422),
    TreeNode::Leaf(-0.768421),
    TreeNode::Split {
        feature: 5,
        threshold: 0.249258,
        left: 104,
        right: 105,
    }, // cover
    TreeNode::Leaf(0.966763),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 106,
        right: 107,
    }, // text_numbers
    TreeNode::Leaf(-0.561094),
    TreeNode::Leaf(0.149624),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 109,
        right: 120,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 110,
        right: 113,
    }, // text_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.408463,
        left: 111,
        right: 112,
    }, // text_coverage
    TreeNode::Leaf(1.178576),
    TreeNode::Leaf(-0.235630),
    TreeNode::Split {
        feature: 1,
        threshold: 0.298148,
        left: 114,
        right: 117,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 115,
        right: 116,
    }, // window_coverage
    TreeNode::Leaf(-0.028208),
    TreeNode::Leaf(-0.502009),
    TreeNode::Split {
        feature: 2,
        threshold: 0.426740,
        left: 118,
        right: 119,
    }, // dice
    TreeNode::Leaf(-0.220954),
    TreeNode::Leaf(0.301799),
    TreeNode::Split {
        feature: 1,
        threshold: 0.229021,
        left: 121,
        right: 122,
    }, // window_pairs
    TreeNode::Leaf(0.866032),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 123,
        right: 126,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.585714,
        left: 124,
        right: 125,
    }, // window_pairs
    TreeNode::Leaf(0.014095),
    TreeNode::Leaf(-0.869601),
    TreeNode::Split {
        feature: 5,
        threshold: 0.679035,
        left: 127,
        right: 128,
    }, // cover
    TreeNode::Leaf(-0.227689),
    TreeNode::Leaf(0.356475),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 130,
        right: 143,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 131,
        right: 138,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 132,
        right: 135,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 133,
        right: 134,
    }, // text_sentences
    TreeNode::Leaf(0.052983),
    TreeNode::Leaf(-0.279482),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 136,
        right: 137,
    }, // dice
    TreeNode::Leaf(0.793996),
    TreeNode::Leaf(0.219334),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 139,
        right: 140,
    }, // cover
    TreeNode::Leaf(-0.789750),
    TreeNode::Split {
        feature: 0,
        threshold: 0.753429,
        left: 141,
        right: 142,
    }, // window_coverage
    TreeNode::Leaf(0.306840),
    TreeNode::Leaf(-0.279835),
    TreeNode::Leaf(0.566217),
    TreeNode::Split {
        feature: 0,
        threshold: 0.098118,
        left: 145,
        right: 146,
    }, // window_coverage
    TreeNode::Leaf(0.569899),
    TreeNode::Split {
        feature: 2,
        threshold: 0.426007,
        left: 147,
        right: 154,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.071429,
        left: 148,
        right: 151,
    }, // window_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.617784,
        left: 149,
        right: 150,
    }, // text_coverage
    TreeNode::Leaf(0.658237),
    TreeNode::Leaf(-0.225852),
    TreeNode::Split {
        feature: 5,
        threshold: 0.358021,
        left: 152,
        right: 153,
    }, // cover
    TreeNode::Leaf(-0.015264),
    TreeNode::Leaf(-0.372723),
    TreeNode::Split {
        feature: 5,
        threshold: 0.249258,
        left: 155,
        right: 156,
    }, // cover
    TreeNode::Leaf(0.872221),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 157,
        right: 158,
    }, // cover
    TreeNode::Leaf(-0.381095),
    TreeNode::Leaf(0.088905),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 160,
        right: 173,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 161,
        right: 168,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 162,
        right: 165,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 163,
        right: 164,
    }, // text_sentences
    TreeNode::Leaf(0.051252),
    TreeNode::Leaf(-0.250993),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 166,
        right: 167,
    }, // dice
    TreeNode::Leaf(0.739896),
    TreeNode::Leaf(0.199832),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 169,
        right: 170,
    }, // cover
    TreeNode::Leaf(-0.733315),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 171,
        right: 172,
    }, // text_pairs
    TreeNode::Leaf(0.158265),
    TreeNode::Leaf(-0.401223),
    TreeNode::Leaf(0.545316),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 175,
        right: 188,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 176,
        right: 183,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 177,
        right: 180,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 178,
        right: 179,
    }, // window_coverage
    TreeNode::Leaf(0.147028),
    TreeNode::Leaf(-0.618973),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 181,
        right: 182,
    }, // missing_weight
    TreeNode::Leaf(0.714561),
    TreeNode::Leaf(0.196776),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 184,
        right: 185,
    }, // cover
    TreeNode::Leaf(-0.035429),
    TreeNode::Split {
        feature: 13,
        threshold: 4.666279,
        left: 186,
        right: 187,
    }, // missing_weight
    TreeNode::Leaf(-0.260592),
    TreeNode::Leaf(-0.734105),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 189,
        right: 196,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 190,
        right: 193,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 191,
        right: 192,
    }, // text_sentences
    TreeNode::Leaf(0.514263),
    TreeNode::Leaf(-0.079072),
    TreeNode::Split {
        feature: 11,
        threshold: 0.485432,
        left: 194,
        right: 195,
    }, // unknown
    TreeNode::Leaf(-0.494256),
    TreeNode::Leaf(0.081422),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 197,
        right: 200,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.640635,
        left: 198,
        right: 199,
    }, // dice
    TreeNode::Leaf(0.726780),
    TreeNode::Leaf(-0.011384),
    TreeNode::Split {
        feature: 5,
        threshold: 0.455786,
        left: 201,
        right: 202,
    }, // cover
    TreeNode::Leaf(-0.615870),
    TreeNode::Leaf(0.234684),
    TreeNode::Split {
        feature: 0,
        threshold: 0.098118,
        left: 204,
        right: 205,
    }, // window_coverage
    TreeNode::Leaf(0.527168),
    TreeNode::Split {
        feature: 2,
        threshold: 0.452544,
        left: 206,
        right: 213,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.071429,
        left: 207,
        right: 210,
    }, // window_numbers
    TreeNode::Split {
        feature: 0,
        threshold: 0.403745,
        left: 208,
        right: 209,
    }, // window_coverage
    TreeNode::Leaf(0.778436),
    TreeNode::Leaf(-0.196623),
    TreeNode::Split {
        feature: 4,
        threshold: 0.264912,
        left: 211,
        right: 212,
    }, // text_pairs
    TreeNode::Leaf(-0.328719),
    TreeNode::Leaf(-0.002587),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 214,
        right: 217,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.212406,
        left: 215,
        right: 216,
    }, // window_pairs
    TreeNode::Leaf(0.287304),
    TreeNode::Leaf(-0.765722),
    TreeNode::Split {
        feature: 11,
        threshold: 0.310795,
        left: 218,
        right: 219,
    }, // unknown
    TreeNode::Leaf(0.332255),
    TreeNode::Leaf(-0.016625),
    TreeNode::Split {
        feature: 0,
        threshold: 0.144076,
        left: 221,
        right: 226,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.842739,
        left: 222,
        right: 225,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 2.943052,
        left: 223,
        right: 224,
    }, // text_sentences
    TreeNode::Leaf(0.833398),
    TreeNode::Leaf(0.127713),
    TreeNode::Leaf(-0.188476),
    TreeNode::Split {
        feature: 2,
        threshold: 0.452544,
        left: 227,
        right: 234,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.439248,
        left: 228,
        right: 231,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.426007,
        left: 229,
        right: 230,
    }, // dice
    TreeNode::Leaf(-0.178992),
    TreeNode::Leaf(0.457241),
    TreeNode::Split {
        feature: 13,
        threshold: 8.535426,
        left: 232,
        right: 233,
    }, // missing_weight
    TreeNode::Leaf(-0.746386),
    TreeNode::Leaf(-0.103484),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 235,
        right: 238,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.232143,
        left: 236,
        right: 237,
    }, // window_pairs
    TreeNode::Leaf(0.295273),
    TreeNode::Leaf(-0.727875),
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 239,
        right: 240,
    }, // unknown
    TreeNode::Leaf(0.441550),
    TreeNode::Leaf(0.036448),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 242,
        right: 257,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 243,
        right: 250,
    }, // missing_weight
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 244,
        right: 247,
    }, // missing_run
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 245,
        right: 246,
    }, // text_coverage
    TreeNode::Leaf(0.224227),
    TreeNode::Leaf(-0.066434),
    TreeNode::Split {
        feature: 13,
        threshold: 13.742158,
        left: 248,
        right: 249,
    }, // missing_weight
    TreeNode::Leaf(-0.778733),
    TreeNode::Leaf(0.139283),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 251,
        right: 254,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.404837,
        left: 252,
        right: 253,
    }, // dice
    TreeNode::Leaf(0.120255),
    TreeNode::Leaf(0.955467),
    TreeNode::Split {
        feature: 4,
        threshold: 0.211309,
        left: 255,
        right: 256,
    }, // text_pairs
    TreeNode::Leaf(-0.312075),
    TreeNode::Leaf(0.165192),
    TreeNode::Leaf(-0.527608),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 259,
        right: 270,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 260,
        right: 265,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.462062,
        left: 261,
        right: 264,
    }, // cover
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 262,
        right: 263,
    }, // window_pairs
    TreeNode::Leaf(0.047222),
    TreeNode::Leaf(-0.590196),
    TreeNode::Leaf(0.684595),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 266,
        right: 267,
    }, // cover
    TreeNode::Leaf(-0.029585),
    TreeNode::Split {
        feature: 12,
        threshold: 0.738636,
        left: 268,
        right: 269,
    }, // names
    TreeNode::Leaf(-0.769326),
    TreeNode::Leaf(-0.304186),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 271,
        right: 278,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 272,
        right: 275,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.186797,
        left: 273,
        right: 274,
    }, // window_coverage
    TreeNode::Leaf(-0.197106),
    TreeNode::Leaf(0.724311),
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 276,
        right: 277,
    }, // missing_weight
    TreeNode::Leaf(0.162402),
    TreeNode::Leaf(-0.255280),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 279,
        right: 282,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.640635,
        left: 280,
        right: 281,
    }, // dice
    TreeNode::Leaf(0.653290),
    TreeNode::Leaf(-0.034253),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 283,
        right: 284,
    }, // text_pairs
    TreeNode::Leaf(-0.473895),
    TreeNode::Leaf(0.261813),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 286,
        right: 301,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 287,
        right: 294,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 288,
        right: 291,
    }, // unknown
    TreeNode::Split {
        feature: 3,
        threshold: 0.902960,
        left: 289,
        right: 290,
    }, // text_coverage
    TreeNode::Leaf(0.649219),
    TreeNode::Leaf(0.115650),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 292,
        right: 293,
    }, // missing_weight
    TreeNode::Leaf(-0.161173),
    TreeNode::Leaf(0.080445),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 295,
        right: 298,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.755288,
        left: 296,
        right: 297,
    }, // dice
    TreeNode::Leaf(0.456147),
    TreeNode::Leaf(-0.102565),
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 299,
        right: 300,
    }, // text_sentences
    TreeNode::Leaf(-0.918716),
    TreeNode::Leaf(-0.215755),
    TreeNode::Leaf(0.496829),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 303,
        right: 318,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 304,
        right: 311,
    }, // missing_weight
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 305,
        right: 308,
    }, // missing_run
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 306,
        right: 307,
    }, // text_coverage
    TreeNode::Leaf(0.198670),
    TreeNode::Leaf(-0.060023),
    TreeNode::Split {
        feature: 13,
        threshold: 13.029425,
        left: 309,
        right: 310,
    }, // missing_weight
    TreeNode::Leaf(-0.736540),
    TreeNode::Leaf(0.114713),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 312,
        right: 315,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.404837,
        left: 313,
        right: 314,
    }, // dice
    TreeNode::Leaf(0.106427),
    TreeNode::Leaf(0.874307),
    TreeNode::Split {
        feature: 4,
        threshold: 0.211309,
        left: 316,
        right: 317,
    }, // text_pairs
    TreeNode::Leaf(-0.291662),
    TreeNode::Leaf(0.146491),
    TreeNode::Leaf(-0.509185),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 320,
        right: 333,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 321,
        right: 328,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 322,
        right: 325,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 7.278046,
        left: 323,
        right: 324,
    }, // missing_weight
    TreeNode::Leaf(0.221883),
    TreeNode::Leaf(-0.530654),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 326,
        right: 327,
    }, // missing_weight
    TreeNode::Leaf(0.651582),
    TreeNode::Leaf(0.145261),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 329,
        right: 332,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 330,
        right: 331,
    }, // window_coverage
    TreeNode::Leaf(0.063519),
    TreeNode::Leaf(-0.400970),
    TreeNode::Leaf(-0.727683),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 334,
        right: 341,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.663375,
        left: 335,
        right: 338,
    }, // window_coverage
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 336,
        right: 337,
    }, // claim_terms
    TreeNode::Leaf(0.485752),
    TreeNode::Leaf(-0.432771),
    TreeNode::Split {
        feature: 6,
        threshold: 0.708333,
        left: 339,
        right: 340,
    }, // window_numbers
    TreeNode::Leaf(-0.462707),
    TreeNode::Leaf(0.304728),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 342,
        right: 345,
    }, // text_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.970085,
        left: 343,
        right: 344,
    }, // text_sentences
    TreeNode::Leaf(0.158779),
    TreeNode::Leaf(-0.405967),
    TreeNode::Split {
        feature: 2,
        threshold: 0.478729,
        left: 346,
        right: 347,
    }, // dice
    TreeNode::Leaf(0.657849),
    TreeNode::Leaf(0.254867),
    TreeNode::Split {
        feature: 0,
        threshold: 0.098118,
        left: 349,
        right: 350,
    }, // window_coverage
    TreeNode::Leaf(0.460257),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 351,
        right: 358,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.386459,
        left: 352,
        right: 355,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395139,
        left: 353,
        right: 354,
    }, // window_coverage
    TreeNode::Leaf(0.225640),
    TreeNode::Leaf(-0.339942),
    TreeNode::Split {
        feature: 1,
        threshold: 0.218254,
        left: 356,
        right: 357,
    }, // window_pairs
    TreeNode::Leaf(-0.531650),
    TreeNode::Leaf(-0.058223),
    TreeNode::Split {
        feature: 5,
        threshold: 0.249258,
        left: 359,
        right: 360,
    }, // cover
    TreeNode::Leaf(0.719655),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 361,
        right: 362,
    }, // cover
    TreeNode::Leaf(-0.383310),
    TreeNode::Leaf(0.072277),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 364,
        right: 379,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 365,
        right: 372,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.162787,
        left: 366,
        right: 369,
    }, // unknown
    TreeNode::Split {
        feature: 3,
        threshold: 0.902960,
        left: 367,
        right: 368,
    }, // text_coverage
    TreeNode::Leaf(0.615035),
    TreeNode::Leaf(0.126435),
    TreeNode::Split {
        feature: 1,
        threshold: 0.620192,
        left: 370,
        right: 371,
    }, // window_pairs
    TreeNode::Leaf(-0.044930),
    TreeNode::Leaf(0.473881),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 373,
        right: 376,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 374,
        right: 375,
    }, // window_pairs
    TreeNode::Leaf(-0.080166),
    TreeNode::Leaf(0.465751),
    TreeNode::Split {
        feature: 5,
        threshold: 0.877547,
        left: 377,
        right: 378,
    }, // cover
    TreeNode::Leaf(-0.034319),
    TreeNode::Leaf(-0.733528),
    TreeNode::Leaf(0.471082),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 381,
        right: 394,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 382,
        right: 389,
    }, // missing_weight
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 383,
        right: 386,
    }, // missing_run
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 384,
        right: 385,
    }, // text_coverage
    TreeNode::Leaf(0.179609),
    TreeNode::Leaf(-0.054349),
    TreeNode::Split {
        feature: 13,
        threshold: 14.392968,
        left: 387,
        right: 388,
    }, // missing_weight
    TreeNode::Leaf(-0.645215),
    TreeNode::Leaf(0.165871),
    TreeNode::Split {
        feature: 3,
        threshold: 0.354901,
        left: 390,
        right: 393,
    }, // text_coverage
    TreeNode::Split {
        feature: 1,
        threshold: 0.044643,
        left: 391,
        right: 392,
    }, // window_pairs
    TreeNode::Leaf(0.170636),
    TreeNode::Leaf(0.720060),
    TreeNode::Leaf(-0.129673),
    TreeNode::Leaf(-0.480666),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 396,
        right: 407,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 397,
        right: 402,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.462062,
        left: 398,
        right: 401,
    }, // cover
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 399,
        right: 400,
    }, // window_pairs
    TreeNode::Leaf(0.028161),
    TreeNode::Leaf(-0.561567),
    TreeNode::Leaf(0.595814),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 403,
        right: 406,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 404,
        right: 405,
    }, // window_coverage
    TreeNode::Leaf(0.064999),
    TreeNode::Leaf(-0.374225),
    TreeNode::Leaf(-0.686738),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 408,
        right: 415,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 409,
        right: 412,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.663375,
        left: 410,
        right: 411,
    }, // window_coverage
    TreeNode::Leaf(-0.297596),
    TreeNode::Leaf(0.131759),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 413,
        right: 414,
    }, // text_pairs
    TreeNode::Leaf(-0.020209),
    TreeNode::Leaf(0.451629),
    TreeNode::Leaf(0.635145),
    TreeNode::Split {
        feature: 0,
        threshold: 0.098118,
        left: 417,
        right: 418,
    }, // window_coverage
    TreeNode::Leaf(0.423788),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 419,
        right: 426,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.298148,
        left: 420,
        right: 423,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 421,
        right: 422,
    }, // window_coverage
    TreeNode::Leaf(0.001915),
    TreeNode::Leaf(-0.425755),
    TreeNode::Split {
        feature: 11,
        threshold: 0.381432,
        left: 424,
        right: 425,
    }, // unknown
    TreeNode::Leaf(0.263358),
    TreeNode::Leaf(-0.142454),
    TreeNode::Split {
        feature: 1,
        threshold: 0.292857,
        left: 427,
        right: 430,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.473361,
        left: 428,
        right: 429,
    }, // window_coverage
    TreeNode::Leaf(0.809857),
    TreeNode::Leaf(0.230273),
    TreeNode::Split {
        feature: 14,
        threshold: 2.524928,
        left: 431,
        right: 432,
    }, // text_sentences
    TreeNode::Leaf(-0.239211),
    TreeNode::Leaf(0.382565),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 434,
        right: 443,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.795597,
        left: 435,
        right: 442,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.759615,
        left: 436,
        right: 439,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.162787,
        left: 437,
        right: 438,
    }, // unknown
    TreeNode::Leaf(0.473055),
    TreeNode::Leaf(-0.002300),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 440,
        right: 441,
    }, // text_sentences
    TreeNode::Leaf(0.335172),
    TreeNode::Leaf(-0.538819),
    TreeNode::Leaf(-0.585616),
    TreeNode::Leaf(0.455507),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 445,
        right: 458,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 446,
        right: 453,
    }, // missing_weight
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 447,
        right: 450,
    }, // missing_run
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 448,
        right: 449,
    }, // text_coverage
    TreeNode::Leaf(0.167638),
    TreeNode::Leaf(-0.050351),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 451,
        right: 452,
    }, // text_sentences
    TreeNode::Leaf(-0.613040),
    TreeNode::Leaf(0.148906),
    TreeNode::Split {
        feature: 11,
        threshold: 0.645099,
        left: 454,
        right: 455,
    }, // unknown
    TreeNode::Leaf(-0.130631),
    TreeNode::Split {
        feature: 1,
        threshold: 0.044643,
        left: 456,
        right: 457,
    }, // window_pairs
    TreeNode::Leaf(0.157396),
    TreeNode::Leaf(0.661044),
    TreeNode::Leaf(-0.461556),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 460,
        right: 473,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 461,
        right: 466,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.652122,
        left: 462,
        right: 465,
    }, // unknown
    TreeNode::Split {
        feature: 13,
        threshold: 8.326823,
        left: 463,
        right: 464,
    }, // missing_weight
    TreeNode::Leaf(0.050209),
    TreeNode::Leaf(0.569929),
    TreeNode::Leaf(-0.256688),
    TreeNode::Split {
        feature: 13,
        threshold: 8.811107,
        left: 467,
        right: 470,
    }, // missing_weight
    TreeNode::Split {
        feature: 1,
        threshold: 0.345238,
        left: 468,
        right: 469,
    }, // window_pairs
    TreeNode::Leaf(0.369732),
    TreeNode::Leaf(-0.408770),
    TreeNode::Split {
        feature: 13,
        threshold: 25.052281,
        left: 471,
        right: 472,
    }, // missing_weight
    TreeNode::Leaf(-0.587229),
    TreeNode::Leaf(-0.055212),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 474,
        right: 481,
    }, // text_sentences
    TreeNode::Split {
        feature: 3,
        threshold: 0.356749,
        left: 475,
        right: 478,
    }, // text_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.202115,
        left: 476,
        right: 477,
    }, // window_coverage
    TreeNode::Leaf(-0.065400),
    TreeNode::Leaf(0.527324),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 479,
        right: 480,
    }, // dice
    TreeNode::Leaf(-0.298357),
    TreeNode::Leaf(0.045707),
    TreeNode::Leaf(0.583974),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 483,
        right: 498,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 484,
        right: 491,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 485,
        right: 488,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 486,
        right: 487,
    }, // text_numbers
    TreeNode::Leaf(0.473646),
    TreeNode::Leaf(-0.069453),
    TreeNode::Split {
        feature: 4,
        threshold: 0.679488,
        left: 489,
        right: 490,
    }, // text_pairs
    TreeNode::Leaf(0.498238),
    TreeNode::Leaf(-0.049014),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 492,
        right: 495,
    }, // window_coverage
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 493,
        right: 494,
    }, // has_numbers
    TreeNode::Leaf(-0.693357),
    TreeNode::Leaf(-0.010183),
    TreeNode::Split {
        feature: 0,
        threshold: 0.917851,
        left: 496,
        right: 497,
    }, // window_coverage
    TreeNode::Leaf(0.363590),
    TreeNode::Leaf(-0.161556),
    TreeNode::Leaf(0.441690),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 500,
        right: 511,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 501,
        right: 506,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 502,
        right: 505,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.071429,
        left: 503,
        right: 504,
    }, // window_numbers
    TreeNode::Leaf(0.504829),
    TreeNode::Leaf(-0.070026),
    TreeNode::Leaf(0.562884),
    TreeNode::Split {
        feature: 13,
        threshold: 10.895739,
        left: 507,
        right: 510,
    }, // missing_weight
    TreeNode::Split {
        feature: 15,
        threshold: 1.500000,
        left: 508,
        right: 509,
    }, // missing_run
    TreeNode::Leaf(-0.168989),
    TreeNode::Leaf(-0.630812),
    TreeNode::Leaf(0.214150),
    TreeNode::Split {
        feature: 7,
        threshold: 0.833333,
        left: 512,
        right: 513,
    }, // text_numbers
    TreeNode::Leaf(-0.533889),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 514,
        right: 517,
    }, // text_sentences
    TreeNode::Split {
        feature: 11,
        threshold: 0.162638,
        left: 515,
        right: 516,
    }, // unknown
    TreeNode::Leaf(0.657851),
    TreeNode::Leaf(0.215814),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 518,
        right: 519,
    }, // text_sentences
    TreeNode::Leaf(-0.384599),
    TreeNode::Leaf(0.422203),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 521,
        right: 532,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 522,
        right: 525,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 523,
        right: 524,
    }, // text_sentences
    TreeNode::Leaf(-0.055011),
    TreeNode::Leaf(0.637849),
    TreeNode::Split {
        feature: 2,
        threshold: 0.312877,
        left: 526,
        right: 529,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 527,
        right: 528,
    }, // window_numbers
    TreeNode::Leaf(0.240021),
    TreeNode::Leaf(-0.425770),
    TreeNode::Split {
        feature: 2,
        threshold: 0.331498,
        left: 530,
        right: 531,
    }, // dice
    TreeNode::Leaf(0.484779),
    TreeNode::Leaf(0.004497),
    TreeNode::Leaf(-0.443019),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 534,
        right: 547,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 535,
        right: 540,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.652122,
        left: 536,
        right: 539,
    }, // unknown
    TreeNode::Split {
        feature: 13,
        threshold: 8.326823,
        left: 537,
        right: 538,
    }, // missing_weight
    TreeNode::Leaf(0.032557),
    TreeNode::Leaf(0.529832),
    TreeNode::Leaf(-0.246397),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 541,
        right: 544,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 3.257357,
        left: 542,
        right: 543,
    }, // missing_weight
    TreeNode::Leaf(-0.167643),
    TreeNode::Leaf(0.282338),
    TreeNode::Split {
        feature: 5,
        threshold: 0.340002,
        left: 545,
        right: 546,
    }, // cover
    TreeNode::Leaf(-0.005376),
    TreeNode::Leaf(-0.510163),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 548,
        right: 555,
    }, // text_sentences
    TreeNode::Split {
        feature: 11,
        threshold: 0.643250,
        left: 549,
        right: 552,
    }, // unknown
    TreeNode::Split {
        feature: 11,
        threshold: 0.606399,
        left: 550,
        right: 551,
    }, // unknown
    TreeNode::Leaf(0.011213),
    TreeNode::Leaf(-0.551332),
    TreeNode::Split {
        feature: 0,
        threshold: 0.202115,
        left: 553,
        right: 554,
    }, // window_coverage
    TreeNode::Leaf(-0.051510),
    TreeNode::Leaf(0.483139),
    TreeNode::Leaf(0.542782),
    TreeNode::Split {
        feature: 0,
        threshold: 0.144076,
        left: 557,
        right: 562,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.842739,
        left: 558,
        right: 561,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.700598,
        left: 559,
        right: 560,
    }, // claim_terms
    TreeNode::Leaf(0.142066),
    TreeNode::Leaf(0.627617),
    TreeNode::Leaf(-0.150606),
    TreeNode::Split {
        feature: 0,
        threshold: 0.178727,
        left: 563,
        right: 564,
    }, // window_coverage
    TreeNode::Leaf(-0.434395),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 565,
        right: 568,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 566,
        right: 567,
    }, // text_sentences
    TreeNode::Leaf(0.632393),
    TreeNode::Leaf(-0.101040),
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 569,
        right: 570,
    }, // window_coverage
    TreeNode::Leaf(-0.090076),
    TreeNode::Leaf(0.124096),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 572,
        right: 583,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 573,
        right: 578,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 574,
        right: 577,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 575,
        right: 576,
    }, // dice
    TreeNode::Leaf(-0.029946),
    TreeNode::Leaf(0.275823),
    TreeNode::Leaf(-0.502668),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 579,
        right: 582,
    }, // text_sentences
    TreeNode::Split {
        feature: 15,
        threshold: 1.500000,
        left: 580,
        right: 581,
    }, // missing_run
    TreeNode::Leaf(0.281834),
    TreeNode::Leaf(0.004603),
    TreeNode::Leaf(0.611264),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 584,
        right: 587,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 585,
        right: 586,
    }, // window_pairs
    TreeNode::Leaf(-0.171601),
    TreeNode::Leaf(0.517808),
    TreeNode::Split {
        feature: 2,
        threshold: 0.772981,
        left: 588,
        right: 591,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 589,
        right: 590,
    }, // text_sentences
    TreeNode::Leaf(-0.794163),
    TreeNode::Leaf(-0.179070),
    TreeNode::Leaf(0.268042),
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 593,
        right: 606,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.575460,
        left: 594,
        right: 601,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895834,
        left: 595,
        right: 598,
    }, // text_coverage
    TreeNode::Split {
        feature: 13,
        threshold: 2.602003,
        left: 596,
        right: 597,
    }, // missing_weight
    TreeNode::Leaf(0.508453),
    TreeNode::Leaf(-0.039200),
    TreeNode::Split {
        feature: 0,
        threshold: 0.824684,
        left: 599,
        right: 600,
    }, // window_coverage
    TreeNode::Leaf(-0.492993),
    TreeNode::Leaf(-0.091454),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 602,
        right: 603,
    }, // dice
    TreeNode::Leaf(0.675036),
    TreeNode::Split {
        feature: 2,
        threshold: 0.609878,
        left: 604,
        right: 605,
    }, // dice
    TreeNode::Leaf(-0.371597),
    TreeNode::Leaf(0.559880),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 607,
        right: 612,
    }, // window_coverage
    TreeNode::Split {
        feature: 13,
        threshold: 2.802901,
        left: 608,
        right: 609,
    }, // missing_weight
    TreeNode::Leaf(-0.650496),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 610,
        right: 611,
    }, // dice
    TreeNode::Leaf(-0.261616),
    TreeNode::Leaf(0.293070),
    TreeNode::Split {
        feature: 2,
        threshold: 0.772981,
        left: 613,
        right: 614,
    }, // dice
    TreeNode::Leaf(-0.026649),
    TreeNode::Leaf(0.482645),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 616,
        right: 629,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 617,
        right: 624,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 618,
        right: 621,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 619,
        right: 620,
    }, // dice
    TreeNode::Leaf(-0.031007),
    TreeNode::Leaf(0.395499),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 622,
        right: 623,
    }, // cover
    TreeNode::Leaf(-0.520670),
    TreeNode::Leaf(-0.109924),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 625,
        right: 628,
    }, // text_sentences
    TreeNode::Split {
        feature: 15,
        threshold: 1.500000,
        left: 626,
        right: 627,
    }, // missing_run
    TreeNode::Leaf(0.264394),
    TreeNode::Leaf(-0.005717),
    TreeNode::Leaf(0.581573),
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 630,
        right: 635,
    }, // has_numbers
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 631,
        right: 632,
    }, // claim_terms
    TreeNode::Leaf(0.397793),
    TreeNode::Split {
        feature: 0,
        threshold: 0.919932,
        left: 633,
        right: 634,
    }, // window_coverage
    TreeNode::Leaf(-0.578099),
    TreeNode::Leaf(0.371860),
    TreeNode::Leaf(-0.504798),
    TreeNode::Split {
        feature: 15,
        threshold: 8.500000,
        left: 637,
        right: 646,
    }, // missing_run
    TreeNode::Split {
        feature: 11,
        threshold: 0.812816,
        left: 638,
        right: 645,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 639,
        right: 642,
    }, // claim_terms
    TreeNode::Split {
        feature: 2,
        threshold: 0.296789,
        left: 640,
        right: 641,
    }, // dice
    TreeNode::Leaf(-0.069546),
    TreeNode::Leaf(0.616617),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 643,
        right: 644,
    }, // window_pairs
    TreeNode::Leaf(-0.260879),
    TreeNode::Leaf(0.026992),
    TreeNode::Leaf(-0.396480),
    TreeNode::Leaf(0.395417),
    TreeNode::Split {
        feature: 0,
        threshold: 0.144076,
        left: 648,
        right: 653,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.842739,
        left: 649,
        right: 652,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.700598,
        left: 650,
        right: 651,
    }, // claim_terms
    TreeNode::Leaf(0.133083),
    TreeNode::Leaf(0.591460),
    TreeNode::Leaf(-0.128833),
    TreeNode::Split {
        feature: 0,
        threshold: 0.178727,
        left: 654,
        right: 657,
    }, // window_coverage
    TreeNode::Split {
        feature: 1,
        threshold: 0.046739,
        left: 655,
        right: 656,
    }, // window_pairs
    TreeNode::Leaf(-0.456163),
    TreeNode::Leaf(-0.103073),
    TreeNode::Split {
        feature: 3,
        threshold: 0.334019,
        left: 658,
        right: 661,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 2.994480,
        left: 659,
        right: 660,
    }, // text_sentences
    TreeNode::Leaf(0.393999),
    TreeNode::Leaf(-0.382834),
    TreeNode::Split {
        feature: 5,
        threshold: 0.371382,
        left: 662,
        right: 663,
    }, // cover
    TreeNode::Leaf(-0.426625),
    TreeNode::Leaf(0.004420),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 665,
        right: 678,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 666,
        right: 673,
    }, // missing_weight
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 667,
        right: 670,
    }, // missing_run
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 668,
        right: 669,
    }, // text_coverage
    TreeNode::Leaf(0.146665),
    TreeNode::Leaf(-0.043626),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 671,
        right: 672,
    }, // text_sentences
    TreeNode::Leaf(-0.578498),
    TreeNode::Leaf(0.155678),
    TreeNode::Split {
        feature: 5,
        threshold: 0.282473,
        left: 674,
        right: 675,
    }, // cover
    TreeNode::Leaf(0.591567),
    TreeNode::Split {
        feature: 2,
        threshold: 0.433157,
        left: 676,
        right: 677,
    }, // dice
    TreeNode::Leaf(0.226858),
    TreeNode::Leaf(-0.268079),
    TreeNode::Leaf(-0.420719),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 680,
        right: 691,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 681,
        right: 684,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 682,
        right: 683,
    }, // text_sentences
    TreeNode::Leaf(-0.049421),
    TreeNode::Leaf(0.566894),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 685,
        right: 688,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 686,
        right: 687,
    }, // missing_weight
    TreeNode::Leaf(0.119919),
    TreeNode::Leaf(-0.133356),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 689,
        right: 690,
    }, // text_sentences
    TreeNode::Leaf(0.498177),
    TreeNode::Leaf(-0.077928),
    TreeNode::Leaf(-0.407496),
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 693,
        right: 706,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 694,
        right: 701,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 695,
        right: 698,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 696,
        right: 697,
    }, // dice
    TreeNode::Leaf(-0.009789),
    TreeNode::Leaf(0.465539),
    TreeNode::Split {
        feature: 1,
        threshold: 0.424812,
        left: 699,
        right: 700,
    }, // window_pairs
    TreeNode::Leaf(-0.569127),
    TreeNode::Leaf(-0.063810),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 702,
        right: 703,
    }, // text_sentences
    TreeNode::Leaf(-0.326321),
    TreeNode::Split {
        feature: 2,
        threshold: 0.484130,
        left: 704,
        right: 705,
    }, // dice
    TreeNode::Leaf(0.016769),
    TreeNode::Leaf(0.670440),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 707,
        right: 710,
    }, // text_sentences
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 708,
        right: 709,
    }, // has_numbers
    TreeNode::Leaf(0.582850),
    TreeNode::Leaf(-0.129241),
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 711,
        right: 712,
    }, // text_sentences
    TreeNode::Leaf(-0.740231),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 713,
        right: 714,
    }, // text_sentences
    TreeNode::Leaf(0.386802),
    TreeNode::Leaf(-0.306375),
    TreeNode::Split {
        feature: 15,
        threshold: 8.500000,
        left: 716,
        right: 725,
    }, // missing_run
    TreeNode::Split {
        feature: 11,
        threshold: 0.812816,
        left: 717,
        right: 724,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 718,
        right: 721,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 719,
        right: 720,
    }, // text_sentences
    TreeNode::Leaf(0.536900),
    TreeNode::Leaf(-0.136705),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 722,
        right: 723,
    }, // window_pairs
    TreeNode::Leaf(-0.245958),
    TreeNode::Leaf(0.023382),
    TreeNode::Leaf(-0.364127),
    TreeNode::Leaf(0.366296),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 727,
        right: 738,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 728,
        right: 733,
    }, // unknown
    TreeNode::Split {
        feature: 6,
        threshold: 0.416666,
        left: 729,
        right: 730,
    }, // window_numbers
    TreeNode::Leaf(-0.053969),
    TreeNode::Split {
        feature: 3,
        threshold: 0.902960,
        left: 731,
        right: 732,
    }, // text_coverage
    TreeNode::Leaf(0.645670),
    TreeNode::Leaf(0.119279),
    TreeNode::Split {
        feature: 1,
        threshold: 0.620192,
        left: 734,
        right: 737,
    }, // window_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.591666,
        left: 735,
        right: 736,
    }, // window_pairs
    TreeNode::Leaf(0.001330),
    TreeNode::Leaf(-0.577584),
    TreeNode::Leaf(0.417208),
    TreeNode::Split {
        feature: 0,
        threshold: 0.851234,
        left: 739,
        right: 742,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.734123,
        left: 740,
        right: 741,
    }, // window_coverage
    TreeNode::Leaf(-0.105093),
    TreeNode::Leaf(-0.679671),
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 743,
        right: 746,
    }, // has_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.919932,
        left: 744,
        right: 745,
    }, // text_coverage
    TreeNode::Leaf(-0.014155),
    TreeNode::Leaf(0.428868),
    TreeNode::Leaf(-0.252329),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 748,
        right: 761,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.043810,
        left: 749,
        right: 756,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 750,
        right: 753,
    }, // text_sentences
    TreeNode::Split {
        feature: 15,
        threshold: 3.500000,
        left: 751,
        right: 752,
    }, // missing_run
    TreeNode::Leaf(0.489103),
    TreeNode::Leaf(-0.089204),
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 754,
        right: 755,
    }, // window_numbers
    TreeNode::Leaf(0.367655),
    TreeNode::Leaf(-0.471690),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 757,
        right: 758,
    }, // text_sentences
    TreeNode::Leaf(0.033857),
    TreeNode::Split {
        feature: 14,
        threshold: 2.917406,
        left: 759,
        right: 760,
    }, // text_sentences
    TreeNode::Leaf(0.705884),
    TreeNode::Leaf(0.080740),
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 762,
        right: 769,
    }, // missing_run
    TreeNode::Split {
        feature: 4,
        threshold: 0.282857,
        left: 763,
        right: 766,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.453103,
        left: 764,
        right: 765,
    }, // unknown
    TreeNode::Leaf(-0.421963),
    TreeNode::Leaf(0.028175),
    TreeNode::Split {
        feature: 7,
        threshold: 0.775000,
        left: 767,
        right: 768,
    }, // text_numbers
    TreeNode::Leaf(-0.374286),
    TreeNode::Leaf(0.123863),
    TreeNode::Split {
        feature: 1,
        threshold: 0.134849,
        left: 770,
        right: 771,
    }, // window_pairs
    TreeNode::Leaf(0.175645),
    TreeNode::Split {
        feature: 14,
        threshold: 2.012676,
        left: 772,
        right: 773,
    }, // text_sentences
    TreeNode::Leaf(-0.679568),
    TreeNode::Leaf(-0.102939),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 775,
        right: 786,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 776,
        right: 781,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.462062,
        left: 777,
        right: 780,
    }, // cover
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 778,
        right: 779,
    }, // window_pairs
    TreeNode::Leaf(-0.012180),
    TreeNode::Leaf(-0.537070),
    TreeNode::Leaf(0.558593),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 782,
        right: 785,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 783,
        right: 784,
    }, // window_coverage
    TreeNode::Leaf(0.115041),
    TreeNode::Leaf(-0.311720),
    TreeNode::Leaf(-0.598490),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 787,
        right: 794,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 788,
        right: 791,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.663375,
        left: 789,
        right: 790,
    }, // window_coverage
    TreeNode::Leaf(-0.238834),
    TreeNode::Leaf(0.090078),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 792,
        right: 793,
    }, // text_pairs
    TreeNode::Leaf(-0.017280),
    TreeNode::Leaf(0.389820),
    TreeNode::Leaf(0.507095),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 796,
        right: 809,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.043810,
        left: 797,
        right: 804,
    }, // window_pairs
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 798,
        right: 801,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 799,
        right: 800,
    }, // text_sentences
    TreeNode::Leaf(0.472309),
    TreeNode::Leaf(-0.393690),
    TreeNode::Split {
        feature: 0,
        threshold: 0.210371,
        left: 802,
        right: 803,
    }, // window_coverage
    TreeNode::Leaf(0.002170),
    TreeNode::Leaf(-0.529625),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 805,
        right: 806,
    }, // text_sentences
    TreeNode::Leaf(0.035496),
    TreeNode::Split {
        feature: 14,
        threshold: 2.917406,
        left: 807,
        right: 808,
    }, // text_sentences
    TreeNode::Leaf(0.660295),
    TreeNode::Leaf(0.077183),
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 810,
        right: 817,
    }, // missing_run
    TreeNode::Split {
        feature: 15,
        threshold: 3.500000,
        left: 811,
        right: 814,
    }, // missing_run
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 812,
        right: 813,
    }, // text_pairs
    TreeNode::Leaf(-0.224583),
    TreeNode::Leaf(0.035588),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399933,
        left: 815,
        right: 816,
    }, // cover
    TreeNode::Leaf(-0.107744),
    TreeNode::Leaf(0.457186),
    TreeNode::Split {
        feature: 1,
        threshold: 0.134849,
        left: 818,
        right: 819,
    }, // window_pairs
    TreeNode::Leaf(0.166243),
    TreeNode::Split {
        feature: 14,
        threshold: 2.012676,
        left: 820,
        right: 821,
    }, // text_sentences
    TreeNode::Leaf(-0.637339),
    TreeNode::Leaf(-0.097609),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 823,
        right: 836,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 824,
        right: 831,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 825,
        right: 828,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 826,
        right: 827,
    }, // dice
    TreeNode::Leaf(-0.027369),
    TreeNode::Leaf(0.352973),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 829,
        right: 830,
    }, // cover
    TreeNode::Leaf(-0.461657),
    TreeNode::Leaf(-0.114586),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 832,
        right: 835,
    }, // text_sentences
    TreeNode::Split {
        feature: 3,
        threshold: 0.770479,
        left: 833,
        right: 834,
    }, // text_coverage
    TreeNode::Leaf(0.281615),
    TreeNode::Leaf(0.000942),
    TreeNode::Leaf(0.523400),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 837,
        right: 840,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.827182,
        left: 838,
        right: 839,
    }, // dice
    TreeNode::Leaf(0.408115),
    TreeNode::Leaf(-0.138279),
    TreeNode::Split {
        feature: 2,
        threshold: 0.834209,
        left: 841,
        right: 844,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 842,
        right: 843,
    }, // text_sentences
    TreeNode::Leaf(-0.603218),
    TreeNode::Leaf(-0.126815),
    TreeNode::Leaf(0.292517),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 846,
        right: 859,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 847,
        right: 854,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 20.004506,
        left: 848,
        right: 851,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 849,
        right: 850,
    }, // window_coverage
    TreeNode::Leaf(0.129028),
    TreeNode::Leaf(-0.043862),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 852,
        right: 853,
    }, // claim_terms
    TreeNode::Leaf(-0.640877),
    TreeNode::Leaf(0.103484),
    TreeNode::Split {
        feature: 5,
        threshold: 0.282473,
        left: 855,
        right: 856,
    }, // cover
    TreeNode::Leaf(0.511148),
    TreeNode::Split {
        feature: 2,
        threshold: 0.433157,
        left: 857,
        right: 858,
    }, // dice
    TreeNode::Leaf(0.198824),
    TreeNode::Leaf(-0.253028),
    TreeNode::Leaf(-0.391856),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 861,
        right: 874,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 862,
        right: 869,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 863,
        right: 866,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 7.278046,
        left: 864,
        right: 865,
    }, // missing_weight
    TreeNode::Leaf(0.113821),
    TreeNode::Leaf(-0.492443),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 867,
        right: 868,
    }, // missing_weight
    TreeNode::Leaf(0.575465),
    TreeNode::Leaf(0.068110),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 870,
        right: 873,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 871,
        right: 872,
    }, // window_coverage
    TreeNode::Leaf(0.111538),
    TreeNode::Leaf(-0.290147),
    TreeNode::Leaf(-0.570875),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 875,
        right: 880,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 876,
        right: 879,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 877,
        right: 878,
    }, // text_sentences
    TreeNode::Leaf(-0.036521),
    TreeNode::Leaf(0.161465),
    TreeNode::Leaf(-0.421803),
    TreeNode::Leaf(0.472652),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 882,
        right: 895,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 883,
        right: 890,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 20.004506,
        left: 884,
        right: 887,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 885,
        right: 886,
    }, // window_coverage
    TreeNode::Leaf(0.114909),
    TreeNode::Leaf(-0.040273),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 888,
        right: 889,
    }, // claim_terms
    TreeNode::Leaf(-0.612340),
    TreeNode::Leaf(0.096623),
    TreeNode::Split {
        feature: 5,
        threshold: 0.282473,
        left: 891,
        right: 892,
    }, // cover
    TreeNode::Leaf(0.474506),
    TreeNode::Split {
        feature: 2,
        threshold: 0.433157,
        left: 893,
        right: 894,
    }, // dice
    TreeNode::Leaf(0.186635),
    TreeNode::Leaf(-0.239716),
    TreeNode::Leaf(-0.375998),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 897,
        right: 906,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 898,
        right: 905,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.912879,
        left: 899,
        right: 902,
    }, // text_pairs
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 900,
        right: 901,
    }, // has_numbers
    TreeNode::Leaf(-0.042540),
    TreeNode::Leaf(0.220020),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 903,
        right: 904,
    }, // text_sentences
    TreeNode::Leaf(0.198079),
    TreeNode::Leaf(-0.501611),
    TreeNode::Leaf(-0.455777),
    TreeNode::Leaf(0.365481),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 908,
        right: 923,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 909,
        right: 916,
    }, // text_sentences
    TreeNode::Split {
        feature: 3,
        threshold: 0.431697,
        left: 910,
        right: 913,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 911,
        right: 912,
    }, // text_sentences
    TreeNode::Leaf(-0.133335),
    TreeNode::Leaf(0.322538),
    TreeNode::Split {
        feature: 1,
        threshold: 0.074176,
        left: 914,
        right: 915,
    }, // window_pairs
    TreeNode::Leaf(-0.558852),
    TreeNode::Leaf(-0.047961),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 917,
        right: 920,
    }, // claim_terms
    TreeNode::Split {
        feature: 2,
        threshold: 0.455400,
        left: 918,
        right: 919,
    }, // dice
    TreeNode::Leaf(0.232229),
    TreeNode::Leaf(-0.382632),
    TreeNode::Split {
        feature: 2,
        threshold: 0.641681,
        left: 921,
        right: 922,
    }, // dice
    TreeNode::Leaf(0.648309),
    TreeNode::Leaf(-0.000724),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 924,
        right: 927,
    }, // cover
    TreeNode::Split {
        feature: 4,
        threshold: 0.016129,
        left: 925,
        right: 926,
    }, // text_pairs
    TreeNode::Leaf(-0.129106),
    TreeNode::Leaf(-0.635363),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 928,
        right: 929,
    }, // window_pairs
    TreeNode::Leaf(0.633026),
    TreeNode::Split {
        feature: 1,
        threshold: 0.298148,
        left: 930,
        right: 931,
    }, // window_pairs
    TreeNode::Leaf(-0.314018),
    TreeNode::Leaf(0.106927),
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 933,
        right: 946,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 934,
        right: 941,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 935,
        right: 938,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.354166,
        left: 936,
        right: 937,
    }, // window_numbers
    TreeNode::Leaf(0.380018),
    TreeNode::Leaf(-0.064671),
    TreeNode::Split {
        feature: 0,
        threshold: 0.431175,
        left: 939,
        right: 940,
    }, // window_coverage
    TreeNode::Leaf(0.164342),
    TreeNode::Leaf(0.515943),
    TreeNode::Split {
        feature: 1,
        threshold: 0.458041,
        left: 942,
        right: 945,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 1.700598,
        left: 943,
        right: 944,
    }, // text_sentences
    TreeNode::Leaf(-0.166598),
    TreeNode::Leaf(-0.588068),
    TreeNode::Leaf(0.013840),
    TreeNode::Split {
        feature: 1,
        threshold: 0.464102,
        left: 947,
        right: 950,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.500344,
        left: 948,
        right: 949,
    }, // dice
    TreeNode::Leaf(0.068852),
    TreeNode::Leaf(0.645764),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 951,
        right: 954,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.606266,
        left: 952,
        right: 953,
    }, // dice
    TreeNode::Leaf(0.523383),
    TreeNode::Leaf(-0.024485),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 955,
        right: 956,
    }, // text_sentences
    TreeNode::Leaf(-0.539835),
    TreeNode::Leaf(0.231980),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 958,
        right: 971,
    }, // window_coverage
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 959,
        right: 966,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 960,
        right: 963,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 961,
        right: 962,
    }, // window_coverage
    TreeNode::Leaf(0.024950),
    TreeNode::Leaf(-0.362213),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 964,
        right: 965,
    }, // text_sentences
    TreeNode::Leaf(-0.250153),
    TreeNode::Leaf(0.384008),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 967,
        right: 968,
    }, // text_sentences
    TreeNode::Leaf(0.179629),
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 969,
        right: 970,
    }, // text_sentences
    TreeNode::Leaf(-0.640993),
    TreeNode::Leaf(-0.161669),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 972,
        right: 973,
    }, // claim_terms
    TreeNode::Leaf(-0.240261),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 974,
        right: 977,
    }, // claim_terms
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 975,
        right: 976,
    }, // claim_terms
    TreeNode::Leaf(0.575301),
    TreeNode::Leaf(0.108069),
    TreeNode::Leaf(-0.103514),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 979,
        right: 990,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 980,
        right: 985,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.462062,
        left: 981,
        right: 984,
    }, // cover
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 982,
        right: 983,
    }, // window_pairs
    TreeNode::Leaf(-0.022571),
    TreeNode::Leaf(-0.505192),
    TreeNode::Leaf(0.491107),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 986,
        right: 989,
    }, // claim_terms
    TreeNode::Split {
        feature: 2,
        threshold: 0.477128,
        left: 987,
        right: 988,
    }, // dice
    TreeNode::Leaf(0.101530),
    TreeNode::Leaf(-0.278089),
    TreeNode::Leaf(-0.544952),
    TreeNode::Split {
        feature: 15,
        threshold: 8.500000,
        left: 991,
        right: 996,
    }, // missing_run
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 992,
        right: 995,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 993,
        right: 994,
    }, // claim_terms
    TreeNode::Leaf(-0.088540),
    TreeNode::Leaf(0.089793),
    TreeNode::Leaf(0.437840),
    TreeNode::Leaf(0.448189),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 998,
        right: 1013,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 999,
        right: 1006,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 1000,
        right: 1003,
    }, // claim_terms
    TreeNode::Split {
        feature: 2,
        threshold: 0.335400,
        left: 1001,
        right: 1002,
    }, // dice
    TreeNode::Leaf(-0.193609),
    TreeNode::Leaf(0.351739),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 1004,
        right: 1005,
    }, // window_pairs
    TreeNode::Leaf(-0.640201),
    TreeNode::Leaf(-0.022341),
    TreeNode::Split {
        feature: 13,
        threshold: 15.306154,
        left: 1007,
        right: 1010,
    }, // missing_weight
    TreeNode::Split {
        feature: 5,
        threshold: 0.554870,
        left: 1008,
        right: 1009,
    }, // cover
    TreeNode::Leaf(0.792291),
    TreeNode::Leaf(0.195483),
    TreeNode::Split {
        feature: 5,
        threshold: 0.309300,
        left: 1011,
        right: 1012,
    }, // cover
    TreeNode::Leaf(0.257335),
    TreeNode::Leaf(-0.350324),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 1014,
        right: 1019,
    }, // cover
    TreeNode::Split {
        feature: 4,
        threshold: 0.118056,
        left: 1015,
        right: 1018,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.356789,
        left: 1016,
        right: 1017,
    }, // dice
    TreeNode::Leaf(0.112881),
    TreeNode::Leaf(-0.328165),
    TreeNode::Leaf(-0.671788),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 1020,
        right: 1021,
    }, // window_pairs
    TreeNode::Leaf(0.576209),
    TreeNode::Split {
        feature: 1,
        threshold: 0.298148,
        left: 1022,
        right: 1023,
    }, // window_pairs
    TreeNode::Leaf(-0.294714),
    TreeNode::Leaf(0.089697),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 1025,
        right: 1038,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 1026,
        right: 1033,
    }, // text_pairs
    TreeNode::Split {
        feature: 3,
        threshold: 0.833685,
        left: 1027,
        right: 1030,
    }, // text_coverage
    TreeNode::Split {
        feature: 1,
        threshold: 0.620192,
        left: 1028,
        right: 1029,
    }, // window_pairs
    TreeNode::Leaf(-0.030770),
    TreeNode::Leaf(0.372403),
    TreeNode::Split {
        feature: 13,
        threshold: 2.433767,
        left: 1031,
        right: 1032,
    }, // missing_weight
    TreeNode::Leaf(0.106930),
    TreeNode::Leaf(0.528121),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 1034,
        right: 1035,
    }, // text_sentences
    TreeNode::Leaf(0.247700),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 1036,
        right: 1037,
    }, // claim_terms
    TreeNode::Leaf(-0.108837),
    TreeNode::Leaf(-0.565294),
    TreeNode::Leaf(0.350789),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 1040,
        right: 1055,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 1041,
        right: 1048,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 14.409508,
        left: 1042,
        right: 1045,
    }, // missing_weight
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 1043,
        right: 1044,
    }, // missing_run
    TreeNode::Leaf(-0.016850),
    TreeNode::Leaf(-0.488876),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 1046,
        right: 1047,
    }, // window_pairs
    TreeNode::Leaf(-0.159267),
    TreeNode::Leaf(0.377893),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 1049,
        right: 1052,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 16.892274,
        left: 1050,
        right: 1051,
    }, // missing_weight
    TreeNode::Leaf(0.251656),
    TreeNode::Leaf(-0.305999),
    TreeNode::Split {
        feature: 4,
        threshold: 0.212406,
        left: 1053,
        right: 1054,
    }, // text_pairs
    TreeNode::Leaf(0.090792),
    TreeNode::Leaf(0.628405),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 1056,
        right: 1061,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 24.985695,
        left: 1057,
        right: 1058,
    }, // missing_weight
    TreeNode::Leaf(-0.630472),
    TreeNode::Split {
        feature: 2,
        threshold: 0.410427,
        left: 1059,
        right: 1060,
    }, // dice
    TreeNode::Leaf(0.077216),
    TreeNode::Leaf(-0.281849),
    TreeNode::Split {
        feature: 1,
        threshold: 0.080128,
        left: 1062,
        right: 1063,
    }, // window_pairs
    TreeNode::Leaf(0.519218),
    TreeNode::Split {
        feature: 14,
        threshold: 4.310776,
        left: 1064,
        right: 1065,
    }, // text_sentences
    TreeNode::Leaf(-0.291928),
    TreeNode::Leaf(0.102303),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 1067,
        right: 1074,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.093074,
        left: 1068,
        right: 1073,
    }, // text_pairs
    TreeNode::Split {
        feature: 15,
        threshold: 8.500000,
        left: 1069,
        right: 1072,
    }, // missing_run
    TreeNode::Split {
        feature: 13,
        threshold: 4.276666,
        left: 1070,
        right: 1071,
    }, // missing_weight
    TreeNode::Leaf(0.375084),
    TreeNode::Leaf(-0.201091),
    TreeNode::Leaf(0.482395),
    TreeNode::Leaf(0.445814),
    TreeNode::Split {
        feature: 15,
        threshold: 4.500000,
        left: 1075,
        right: 1080,
    }, // missing_run
    TreeNode::Split {
        feature: 3,
        threshold: 0.342441,
        left: 1076,
        right: 1077,
    }, // text_coverage
    TreeNode::Leaf(0.366612),
    TreeNode::Split {
        feature: 5,
        threshold: 0.388910,
        left: 1078,
        right: 1079,
    }, // cover
    TreeNode::Leaf(-0.571093),
    TreeNode::Leaf(0.008484),
    TreeNode::Split {
        feature: 1,
        threshold: 0.134849,
        left: 1081,
        right: 1082,
    }, // window_pairs
    TreeNode::Leaf(0.153602),
    TreeNode::Split {
        feature: 14,
        threshold: 2.012676,
        left: 1083,
        right: 1084,
    }, // text_sentences
    TreeNode::Leaf(-0.594852),
    TreeNode::Leaf(-0.095698),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 1086,
        right: 1099,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.043810,
        left: 1087,
        right: 1094,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 1088,
        right: 1091,
    }, // text_sentences
    TreeNode::Split {
        feature: 0,
        threshold: 0.189905,
        left: 1089,
        right: 1090,
    }, // window_coverage
    TreeNode::Leaf(-0.081244),
    TreeNode::Leaf(0.435453),
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 1092,
        right: 1093,
    }, // window_numbers
    TreeNode::Leaf(0.324012),
    TreeNode::Leaf(-0.417140),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 1095,
        right: 1096,
    }, // text_sentences
    TreeNode::Leaf(0.026080),
    TreeNode::Split {
        feature: 0,
        threshold: 0.206138,
        left: 1097,
        right: 1098,
    }, // window_coverage
    TreeNode::Leaf(0.135561),
    TreeNode::Leaf(0.608614),
    TreeNode::Split {
        feature: 7,
        threshold: 0.775000,
        left: 1100,
        right: 1105,
    }, // text_numbers
    TreeNode::Split {
        feature: 4,
        threshold: 0.379807,
        left: 1101,
        right: 1104,
    }, // text_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.341251,
        left: 1102,
        right: 1103,
    }, // window_coverage
    TreeNode::Leaf(0.424304),
    TreeNode::Leaf(-0.048524),
    TreeNode::Leaf(-0.627742),
    TreeNode::Split {
        feature: 5,
        threshold: 0.610763,
        left: 1106,
        right: 1109,
    }, // cover
    TreeNode::Split {
        feature: 11,
        threshold: 0.404124,
        left: 1107,
        right: 1108,
    }, // unknown
    TreeNode::Leaf(-0.454222),
    TreeNode::Leaf(-0.041066),
    TreeNode::Split {
        feature: 2,
        threshold: 0.350858,
        left: 1110,
        right: 1111,
    }, // dice
    TreeNode::Leaf(-0.245639),
    TreeNode::Leaf(0.174252),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 1113,
        right: 1126,
    }, // missing_weight
    TreeNode::Split {
        feature: 4,
        threshold: 0.149074,
        left: 1114,
        right: 1119,
    }, // text_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.401968,
        left: 1115,
        right: 1118,
    }, // window_coverage
    TreeNode::Split {
        feature: 5,
        threshold: 0.371289,
        left: 1116,
        right: 1117,
    }, // cover
    TreeNode::Leaf(0.093142),
    TreeNode::Leaf(0.481335),
    TreeNode::Leaf(-0.458389),
    TreeNode::Split {
        feature: 7,
        threshold: 0.775000,
        left: 1120,
        right: 1123,
    }, // text_numbers
    TreeNode::Split {
        feature: 4,
        threshold: 0.379807,
        left: 1121,
        right: 1122,
    }, // text_pairs
    TreeNode::Leaf(0.143244),
    TreeNode::Leaf(-0.597445),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 1124,
        right: 1125,
    }, // cover
    TreeNode::Leaf(-0.341580),
    TreeNode::Leaf(0.057740),
    TreeNode::Leaf(-0.349592),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 1128,
        right: 1139,
    }, // window_coverage
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 1129,
        right: 1136,
    }, // text_pairs
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 1130,
        right: 1133,
    }, // has_numbers
    TreeNode::Split {
        feature: 10,
        threshold: 2.441401,
        left: 1131,
        right: 1132,
    }, // claim_terms
    TreeNode::Leaf(-0.078971),
    TreeNode::Leaf(0.271989),
    TreeNode::Split {
        feature: 13,
        threshold: 11.756913,
        left: 1134,
        right: 1135,
    }, // missing_weight
    TreeNode::Leaf(0.298903),
    TreeNode::Leaf(-0.127961),
    TreeNode::Split {
        feature: 0,
        threshold: 0.734123,
        left: 1137,
        right: 1138,
    }, // window_coverage
    TreeNode::Leaf(-0.069757),
    TreeNode::Leaf(-0.637626),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 1140,
        right: 1141,
    }, // claim_terms
    TreeNode::Leaf(-0.203227),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 1142,
        right: 1145,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.950000,
        left: 1143,
        right: 1144,
    }, // window_pairs
    TreeNode::Leaf(0.533733),
    TreeNode::Leaf(0.072965),
    TreeNode::Leaf(-0.104518),
    TreeNode::Split {
        feature: 15,
        threshold: 8.500000,
        left: 1147,
        right: 1156,
    }, // missing_run
    TreeNode::Split {
        feature: 11,
        threshold: 0.812816,
        left: 1148,
        right: 1155,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 1149,
        right: 1152,
    }, // claim_terms
    TreeNode::Split {
        feature: 2,
        threshold: 0.296789,
        left: 1150,
        right: 1151,
    }, // dice
    TreeNode::Leaf(-0.118890),
    TreeNode::Leaf(0.511508),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 1153,
        right: 1154,
    }, // window_pairs
    TreeNode::Leaf(-0.196458),
    TreeNode::Leaf(0.014898),
    TreeNode::Leaf(-0.334445),
    TreeNode::Leaf(0.297882),
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 1158,
        right: 1171,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.575460,
        left: 1159,
        right: 1166,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895834,
        left: 1160,
        right: 1163,
    }, // text_coverage
    TreeNode::Split {
        feature: 13,
        threshold: 2.602003,
        left: 1161,
        right: 1162,
    }, // missing_weight
    TreeNode::Leaf(0.421836),
    TreeNode::Leaf(-0.036611),
    TreeNode::Split {
        feature: 0,
        threshold: 0.824684,
        left: 1164,
        right: 1165,
    }, // window_coverage
    TreeNode::Leaf(-0.443877),
    TreeNode::Leaf(-0.049161),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 1167,
        right: 1168,
    }, // dice
    TreeNode::Leaf(0.575207),
    TreeNode::Split {
        feature: 2,
        threshold: 0.609878,
        left: 1169,
        right: 1170,
    }, // dice
    TreeNode::Leaf(-0.385125),
    TreeNode::Leaf(0.506048),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 1172,
        right: 1177,
    }, // window_coverage
    TreeNode::Split {
        feature: 13,
        threshold: 2.802901,
        left: 1173,
        right: 1174,
    }, // missing_weight
    TreeNode::Leaf(-0.519122),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 1175,
        right: 1176,
    }, // dice
    TreeNode::Leaf(-0.237650),
    TreeNode::Leaf(0.272269),
    TreeNode::Split {
        feature: 2,
        threshold: 0.772981,
        left: 1178,
        right: 1179,
    }, // dice
    TreeNode::Leaf(-0.027182),
    TreeNode::Leaf(0.423738),
];

/// The lowest score above which 90 % of the development claims are
/// supported, on their cross-validated scores.
pub const SUPPORT_THRESHOLD: f64 = 0.805;
/// Where a claim is more likely supported than not (the lowest score at
/// which half the training claims are supported is 0.078).
pub const PARTIAL_THRESHOLD: f64 = 0.5;
