//! The support model: written by `scripts/train_support.py --write`; do
//! not edit by hand. See `matching::support_logit` for how it is used.
//!
//! Trained on 2026-12-03 on WiCE dev, AttributionBench dev and the
//! tuning half of tests/data (1595 claims; ours counted 4 times), seed
//! 2026: a logistic regression (ridge 2), then 60 regression trees of depth
//! 4 boosted on its logit (rate 0.1, at least 30 claims a leaf).
//! Cross-validated (5 folds; inside each fold the thresholds are chosen as
//! the shipped ones are, on scores of an inner cross-validation of its training part):
//! - wice: cross-validated AUC supported vs not 0.931, vs partial+not 0.783; `supported` at the 0.90-precision threshold: accuracy 0.676, precision 0.667; at the accuracy-best threshold: accuracy 0.739 (349 claims)
//! - attrib: cross-validated AUC supported vs not 0.782; `supported` at the 0.90-precision threshold: accuracy 0.630, precision 0.911; at the accuracy-best threshold: accuracy 0.699 (1198 claims)
//! - ours: cross-validated AUC supported vs not 0.816; `supported` at the 0.90-precision threshold: accuracy 0.667, precision 1.000; at the accuracy-best threshold: accuracy 0.771 (48 claims)

use super::matching::{TreeNode, FEATURE_COUNT};

/// Weights of the linear part, in `FEATURES` order.
pub const SUPPORT_WEIGHTS: [f64; FEATURE_COUNT] = [
    0.5247,  // window_coverage
    0.8331,  // window_pairs
    1.8567,  // dice
    -0.5669, // text_coverage
    -0.2503, // text_pairs
    0.0687,  // cover
    0.4877,  // window_numbers
    1.8788,  // text_numbers
    0.3864,  // has_numbers
    -0.9163, // opposite
    0.2395,  // claim_terms
    -0.9956, // unknown
    0.5662,  // names
    -0.0125, // missing_weight
    -0.2548, // text_sentences
];
pub const SUPPORT_BIAS: f64 = -3.2301;

/// Each tree's value is scaled by this.
pub const TREE_RATE: f64 = 0.1;
/// Where each tree starts in [`TREE_NODES`].
pub const TREE_ROOTS: [usize; 60] = [
    0, 27, 50, 65, 94, 105, 132, 149, 176, 193, 218, 241, 266, 281, 296, 311, 326, 353, 380, 397,
    410, 429, 458, 479, 504, 517, 532, 547, 576, 599, 622, 649, 670, 693, 720, 735, 752, 773, 790,
    809, 836, 861, 874, 891, 908, 919, 946, 965, 986, 1003, 1020, 1043, 1060, 1075, 1096, 1115,
    1126, 1145, 1164, 1185,
];
pub static TREE_NODES: [TreeNode; 1200] = [
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 1,
        right: 12,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 2,
        right: 5,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.652122,
        left: 3,
        right: 4,
    }, // unknown
    TreeNode::Leaf(0.803436),
    TreeNode::Leaf(-0.369375),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 6,
        right: 9,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 3.257357,
        left: 7,
        right: 8,
    }, // missing_weight
    TreeNode::Leaf(-0.266717),
    TreeNode::Leaf(0.213931),
    TreeNode::Split {
        feature: 5,
        threshold: 0.340002,
        left: 10,
        right: 11,
    }, // cover
    TreeNode::Leaf(-0.149907),
    TreeNode::Leaf(-0.734807),
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
    TreeNode::Leaf(-0.757908),
    TreeNode::Leaf(0.029509),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 18,
        right: 19,
    }, // claim_terms
    TreeNode::Leaf(-0.241756),
    TreeNode::Leaf(0.451221),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 21,
        right: 24,
    }, // text_sentences
    TreeNode::Split {
        feature: 0,
        threshold: 0.511417,
        left: 22,
        right: 23,
    }, // window_coverage
    TreeNode::Leaf(0.800436),
    TreeNode::Leaf(0.052302),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 25,
        right: 26,
    }, // text_pairs
    TreeNode::Leaf(-0.555557),
    TreeNode::Leaf(0.239358),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 28,
        right: 41,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 29,
        right: 36,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 30,
        right: 33,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 31,
        right: 32,
    }, // missing_weight
    TreeNode::Leaf(0.400240),
    TreeNode::Leaf(-0.252285),
    TreeNode::Split {
        feature: 12,
        threshold: 0.828572,
        left: 34,
        right: 35,
    }, // names
    TreeNode::Leaf(-0.268660),
    TreeNode::Leaf(0.707926),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 37,
        right: 38,
    }, // cover
    TreeNode::Leaf(-0.686499),
    TreeNode::Split {
        feature: 1,
        threshold: 0.080128,
        left: 39,
        right: 40,
    }, // window_pairs
    TreeNode::Leaf(0.529249),
    TreeNode::Leaf(-0.356155),
    TreeNode::Split {
        feature: 1,
        threshold: 0.229021,
        left: 42,
        right: 43,
    }, // window_pairs
    TreeNode::Leaf(0.975466),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 44,
        right: 47,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.585714,
        left: 45,
        right: 46,
    }, // window_pairs
    TreeNode::Leaf(-0.017800),
    TreeNode::Leaf(-0.918815),
    TreeNode::Split {
        feature: 5,
        threshold: 0.679035,
        left: 48,
        right: 49,
    }, // cover
    TreeNode::Leaf(-0.255807),
    TreeNode::Leaf(0.386206),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 51,
        right: 64,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 52,
        right: 59,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 53,
        right: 56,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 54,
        right: 55,
    }, // text_sentences
    TreeNode::Leaf(0.036706),
    TreeNode::Leaf(-0.301802),
    TreeNode::Split {
        feature: 1,
        threshold: 0.204167,
        left: 57,
        right: 58,
    }, // window_pairs
    TreeNode::Leaf(0.921992),
    TreeNode::Leaf(0.272360),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 60,
        right: 61,
    }, // claim_terms
    TreeNode::Leaf(-0.845419),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 62,
        right: 63,
    }, // dice
    TreeNode::Leaf(-0.458788),
    TreeNode::Leaf(0.233417),
    TreeNode::Leaf(0.614046),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 66,
        right: 79,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 67,
        right: 74,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.585527,
        left: 68,
        right: 71,
    }, // unknown
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 69,
        right: 70,
    }, // missing_weight
    TreeNode::Leaf(0.892111),
    TreeNode::Leaf(0.060009),
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 72,
        right: 73,
    }, // window_coverage
    TreeNode::Leaf(0.075316),
    TreeNode::Leaf(-0.648355),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 75,
        right: 76,
    }, // cover
    TreeNode::Leaf(-0.039056),
    TreeNode::Split {
        feature: 4,
        threshold: 0.535897,
        left: 77,
        right: 78,
    }, // text_pairs
    TreeNode::Leaf(-0.835032),
    TreeNode::Leaf(-0.244052),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 80,
        right: 87,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.484907,
        left: 81,
        right: 84,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 82,
        right: 83,
    }, // text_sentences
    TreeNode::Leaf(0.525428),
    TreeNode::Leaf(-0.079812),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 85,
        right: 86,
    }, // claim_terms
    TreeNode::Leaf(0.368570),
    TreeNode::Leaf(-0.388173),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 88,
        right: 91,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 89,
        right: 90,
    }, // window_pairs
    TreeNode::Leaf(-0.158949),
    TreeNode::Leaf(0.653733),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 92,
        right: 93,
    }, // text_pairs
    TreeNode::Leaf(-0.487181),
    TreeNode::Leaf(0.240298),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 95,
        right: 104,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 96,
        right: 103,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.456082,
        left: 97,
        right: 100,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 98,
        right: 99,
    }, // text_numbers
    TreeNode::Leaf(0.739461),
    TreeNode::Leaf(-0.187372),
    TreeNode::Split {
        feature: 5,
        threshold: 0.266284,
        left: 101,
        right: 102,
    }, // cover
    TreeNode::Leaf(0.855389),
    TreeNode::Leaf(0.050928),
    TreeNode::Leaf(-0.610992),
    TreeNode::Leaf(0.581154),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 106,
        right: 119,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 107,
        right: 114,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.585527,
        left: 108,
        right: 111,
    }, // unknown
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 109,
        right: 110,
    }, // missing_weight
    TreeNode::Leaf(0.817828),
    TreeNode::Leaf(0.057937),
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 112,
        right: 113,
    }, // window_coverage
    TreeNode::Leaf(0.069170),
    TreeNode::Leaf(-0.614601),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 115,
        right: 116,
    }, // cover
    TreeNode::Leaf(-0.033875),
    TreeNode::Split {
        feature: 13,
        threshold: 5.196417,
        left: 117,
        right: 118,
    }, // missing_weight
    TreeNode::Leaf(-0.264407),
    TreeNode::Leaf(-0.825873),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 120,
        right: 125,
    }, // text_sentences
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 121,
        right: 122,
    }, // window_numbers
    TreeNode::Leaf(-0.608851),
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 123,
        right: 124,
    }, // missing_weight
    TreeNode::Leaf(0.432960),
    TreeNode::Leaf(-0.184001),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 126,
        right: 129,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 127,
        right: 128,
    }, // claim_terms
    TreeNode::Leaf(0.287756),
    TreeNode::Leaf(0.891496),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 130,
        right: 131,
    }, // text_pairs
    TreeNode::Leaf(-0.449027),
    TreeNode::Leaf(0.222244),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 133,
        right: 148,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 134,
        right: 141,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 135,
        right: 138,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 136,
        right: 137,
    }, // missing_weight
    TreeNode::Leaf(0.143255),
    TreeNode::Leaf(-0.851962),
    TreeNode::Split {
        feature: 13,
        threshold: 12.059315,
        left: 139,
        right: 140,
    }, // missing_weight
    TreeNode::Leaf(0.769550),
    TreeNode::Leaf(0.048929),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 142,
        right: 145,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.489185,
        left: 143,
        right: 144,
    }, // dice
    TreeNode::Leaf(-0.677625),
    TreeNode::Leaf(-0.122330),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 146,
        right: 147,
    }, // claim_terms
    TreeNode::Leaf(-0.386643),
    TreeNode::Leaf(0.113887),
    TreeNode::Leaf(0.546359),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 150,
        right: 163,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 151,
        right: 158,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.585527,
        left: 152,
        right: 155,
    }, // unknown
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 153,
        right: 154,
    }, // missing_weight
    TreeNode::Leaf(0.744615),
    TreeNode::Leaf(0.047519),
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 156,
        right: 157,
    }, // window_coverage
    TreeNode::Leaf(0.069179),
    TreeNode::Leaf(-0.584079),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 159,
        right: 160,
    }, // cover
    TreeNode::Leaf(-0.026557),
    TreeNode::Split {
        feature: 13,
        threshold: 5.196417,
        left: 161,
        right: 162,
    }, // missing_weight
    TreeNode::Leaf(-0.241632),
    TreeNode::Leaf(-0.782525),
    TreeNode::Split {
        feature: 13,
        threshold: 9.439909,
        left: 164,
        right: 169,
    }, // missing_weight
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 165,
        right: 166,
    }, // text_numbers
    TreeNode::Leaf(-0.643253),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 167,
        right: 168,
    }, // window_coverage
    TreeNode::Leaf(-0.225837),
    TreeNode::Leaf(0.283773),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 170,
        right: 173,
    }, // text_sentences
    TreeNode::Split {
        feature: 0,
        threshold: 0.335814,
        left: 171,
        right: 172,
    }, // window_coverage
    TreeNode::Leaf(0.242924),
    TreeNode::Leaf(-0.504276),
    TreeNode::Split {
        feature: 5,
        threshold: 0.463403,
        left: 174,
        right: 175,
    }, // cover
    TreeNode::Leaf(0.110727),
    TreeNode::Leaf(0.698230),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 177,
        right: 192,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 178,
        right: 185,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 179,
        right: 182,
    }, // unknown
    TreeNode::Split {
        feature: 3,
        threshold: 0.902960,
        left: 180,
        right: 181,
    }, // text_coverage
    TreeNode::Leaf(0.640354),
    TreeNode::Leaf(0.053742),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 183,
        right: 184,
    }, // text_sentences
    TreeNode::Leaf(-0.300528),
    TreeNode::Leaf(0.047061),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 186,
        right: 189,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 187,
        right: 188,
    }, // window_pairs
    TreeNode::Leaf(-0.051337),
    TreeNode::Leaf(0.507983),
    TreeNode::Split {
        feature: 5,
        threshold: 0.877547,
        left: 190,
        right: 191,
    }, // cover
    TreeNode::Leaf(-0.015947),
    TreeNode::Leaf(-0.804268),
    TreeNode::Leaf(0.519644),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 194,
        right: 207,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 195,
        right: 200,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 196,
        right: 199,
    }, // missing_weight
    TreeNode::Split {
        feature: 1,
        threshold: 0.118056,
        left: 197,
        right: 198,
    }, // window_pairs
    TreeNode::Leaf(0.707190),
    TreeNode::Leaf(-0.329900),
    TreeNode::Leaf(-0.776527),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 201,
        right: 204,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 12.450591,
        left: 202,
        right: 203,
    }, // missing_weight
    TreeNode::Leaf(0.745548),
    TreeNode::Leaf(0.207735),
    TreeNode::Split {
        feature: 5,
        threshold: 0.450485,
        left: 205,
        right: 206,
    }, // cover
    TreeNode::Leaf(-0.533056),
    TreeNode::Leaf(0.503853),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 208,
        right: 213,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.218254,
        left: 209,
        right: 212,
    }, // text_pairs
    TreeNode::Split {
        feature: 3,
        threshold: 0.638076,
        left: 210,
        right: 211,
    }, // text_coverage
    TreeNode::Leaf(-0.455585),
    TreeNode::Leaf(0.137543),
    TreeNode::Leaf(-0.707424),
    TreeNode::Split {
        feature: 7,
        threshold: 0.416666,
        left: 214,
        right: 215,
    }, // text_numbers
    TreeNode::Leaf(-0.660852),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 216,
        right: 217,
    }, // names
    TreeNode::Leaf(-0.431079),
    TreeNode::Leaf(0.151931),
    TreeNode::Split {
        feature: 2,
        threshold: 0.456082,
        left: 219,
        right: 232,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395112,
        left: 220,
        right: 227,
    }, // window_coverage
    TreeNode::Split {
        feature: 6,
        threshold: 0.071429,
        left: 221,
        right: 224,
    }, // window_numbers
    TreeNode::Split {
        feature: 13,
        threshold: 15.708350,
        left: 222,
        right: 223,
    }, // missing_weight
    TreeNode::Leaf(1.281927),
    TreeNode::Leaf(-0.159105),
    TreeNode::Split {
        feature: 0,
        threshold: 0.324659,
        left: 225,
        right: 226,
    }, // window_coverage
    TreeNode::Leaf(-0.191075),
    TreeNode::Leaf(0.432924),
    TreeNode::Split {
        feature: 4,
        threshold: 0.279220,
        left: 228,
        right: 229,
    }, // text_pairs
    TreeNode::Leaf(-0.739739),
    TreeNode::Split {
        feature: 4,
        threshold: 0.369318,
        left: 230,
        right: 231,
    }, // text_pairs
    TreeNode::Leaf(0.328800),
    TreeNode::Leaf(-0.300082),
    TreeNode::Split {
        feature: 5,
        threshold: 0.266284,
        left: 233,
        right: 234,
    }, // cover
    TreeNode::Leaf(0.771624),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 235,
        right: 238,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.279220,
        left: 236,
        right: 237,
    }, // window_pairs
    TreeNode::Leaf(0.144006),
    TreeNode::Leaf(-0.667376),
    TreeNode::Split {
        feature: 3,
        threshold: 0.689205,
        left: 239,
        right: 240,
    }, // text_coverage
    TreeNode::Leaf(-0.086653),
    TreeNode::Leaf(0.292723),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 242,
        right: 251,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.844001,
        left: 243,
        right: 250,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 244,
        right: 247,
    }, // text_sentences
    TreeNode::Split {
        feature: 3,
        threshold: 0.431302,
        left: 245,
        right: 246,
    }, // text_coverage
    TreeNode::Leaf(0.531613),
    TreeNode::Leaf(-0.023890),
    TreeNode::Split {
        feature: 14,
        threshold: 4.196948,
        left: 248,
        right: 249,
    }, // text_sentences
    TreeNode::Leaf(-0.406817),
    TreeNode::Leaf(0.188198),
    TreeNode::Leaf(-0.343136),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 252,
        right: 259,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.585714,
        left: 253,
        right: 256,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.484745,
        left: 254,
        right: 255,
    }, // dice
    TreeNode::Leaf(-0.271295),
    TreeNode::Leaf(0.228461),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 257,
        right: 258,
    }, // text_sentences
    TreeNode::Leaf(0.488631),
    TreeNode::Leaf(-0.861849),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 260,
        right: 263,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 261,
        right: 262,
    }, // names
    TreeNode::Leaf(0.313779),
    TreeNode::Leaf(-0.548906),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 264,
        right: 265,
    }, // text_sentences
    TreeNode::Leaf(-0.024332),
    TreeNode::Leaf(0.329978),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 267,
        right: 280,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 268,
        right: 275,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 269,
        right: 272,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895834,
        left: 270,
        right: 271,
    }, // text_coverage
    TreeNode::Leaf(0.003193),
    TreeNode::Leaf(-0.491947),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 273,
        right: 274,
    }, // dice
    TreeNode::Leaf(0.756321),
    TreeNode::Leaf(0.180829),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 276,
        right: 277,
    }, // cover
    TreeNode::Leaf(-0.737965),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 278,
        right: 279,
    }, // text_pairs
    TreeNode::Leaf(0.143421),
    TreeNode::Leaf(-0.411996),
    TreeNode::Leaf(0.490177),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 282,
        right: 295,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.805936,
        left: 283,
        right: 288,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 284,
        right: 287,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 285,
        right: 286,
    }, // claim_terms
    TreeNode::Leaf(0.587859),
    TreeNode::Leaf(-0.036385),
    TreeNode::Leaf(-0.469571),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 289,
        right: 292,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.404837,
        left: 290,
        right: 291,
    }, // dice
    TreeNode::Leaf(0.118421),
    TreeNode::Leaf(0.794953),
    TreeNode::Split {
        feature: 11,
        threshold: 0.521903,
        left: 293,
        right: 294,
    }, // unknown
    TreeNode::Leaf(0.177803),
    TreeNode::Leaf(-0.196158),
    TreeNode::Leaf(-0.512123),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 297,
        right: 310,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 298,
        right: 305,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 299,
        right: 302,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 300,
        right: 301,
    }, // text_numbers
    TreeNode::Leaf(0.509574),
    TreeNode::Leaf(-0.082087),
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 303,
        right: 304,
    }, // window_pairs
    TreeNode::Leaf(0.561304),
    TreeNode::Leaf(-0.034632),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 306,
        right: 307,
    }, // claim_terms
    TreeNode::Leaf(-0.661721),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 308,
        right: 309,
    }, // dice
    TreeNode::Leaf(-0.442920),
    TreeNode::Leaf(0.173933),
    TreeNode::Leaf(0.475907),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 312,
        right: 325,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 313,
        right: 318,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 314,
        right: 317,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 315,
        right: 316,
    }, // claim_terms
    TreeNode::Leaf(0.529577),
    TreeNode::Leaf(-0.031808),
    TreeNode::Leaf(-0.439384),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 319,
        right: 322,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.404837,
        left: 320,
        right: 321,
    }, // dice
    TreeNode::Leaf(0.115283),
    TreeNode::Leaf(0.794399),
    TreeNode::Split {
        feature: 11,
        threshold: 0.521903,
        left: 323,
        right: 324,
    }, // unknown
    TreeNode::Leaf(0.171807),
    TreeNode::Leaf(-0.246195),
    TreeNode::Leaf(-0.492964),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 327,
        right: 340,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 328,
        right: 333,
    }, // missing_weight
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 329,
        right: 330,
    }, // window_numbers
    TreeNode::Leaf(-0.421368),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 331,
        right: 332,
    }, // text_sentences
    TreeNode::Leaf(0.419204),
    TreeNode::Leaf(-0.027844),
    TreeNode::Split {
        feature: 4,
        threshold: 0.464102,
        left: 334,
        right: 337,
    }, // text_pairs
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 335,
        right: 336,
    }, // has_numbers
    TreeNode::Leaf(-0.143908),
    TreeNode::Leaf(0.452364),
    TreeNode::Split {
        feature: 11,
        threshold: 0.318510,
        left: 338,
        right: 339,
    }, // unknown
    TreeNode::Leaf(-0.274581),
    TreeNode::Leaf(-0.903795),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 341,
        right: 346,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 342,
        right: 343,
    }, // window_pairs
    TreeNode::Leaf(0.006842),
    TreeNode::Split {
        feature: 2,
        threshold: 0.601446,
        left: 344,
        right: 345,
    }, // dice
    TreeNode::Leaf(0.794455),
    TreeNode::Leaf(0.093236),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 347,
        right: 350,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.356789,
        left: 348,
        right: 349,
    }, // dice
    TreeNode::Leaf(-0.065938),
    TreeNode::Leaf(-0.669896),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 351,
        right: 352,
    }, // window_pairs
    TreeNode::Leaf(0.632441),
    TreeNode::Leaf(-0.050541),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 354,
        right: 367,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 355,
        right: 360,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 356,
        right: 359,
    }, // missing_weight
    TreeNode::Split {
        feature: 1,
        threshold: 0.118056,
        left: 357,
        right: 358,
    }, // window_pairs
    TreeNode::Leaf(0.592844),
    TreeNode::Leaf(-0.299664),
    TreeNode::Leaf(-0.704793),
    TreeNode::Split {
        feature: 13,
        threshold: 12.059315,
        left: 361,
        right: 364,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.428492,
        left: 362,
        right: 363,
    }, // window_coverage
    TreeNode::Leaf(0.847110),
    TreeNode::Leaf(0.081384),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 365,
        right: 366,
    }, // window_pairs
    TreeNode::Leaf(-0.273553),
    TreeNode::Leaf(0.180858),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 368,
        right: 373,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.218254,
        left: 369,
        right: 372,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.087121,
        left: 370,
        right: 371,
    }, // window_pairs
    TreeNode::Leaf(-0.420215),
    TreeNode::Leaf(0.129107),
    TreeNode::Leaf(-0.648669),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 374,
        right: 377,
    }, // claim_terms
    TreeNode::Split {
        feature: 4,
        threshold: 0.585714,
        left: 375,
        right: 376,
    }, // text_pairs
    TreeNode::Leaf(0.018738),
    TreeNode::Leaf(-0.567107),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 378,
        right: 379,
    }, // names
    TreeNode::Leaf(-0.417209),
    TreeNode::Leaf(0.215482),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 381,
        right: 396,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 382,
        right: 389,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 383,
        right: 386,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895834,
        left: 384,
        right: 385,
    }, // text_coverage
    TreeNode::Leaf(0.003664),
    TreeNode::Leaf(-0.447295),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 387,
        right: 388,
    }, // dice
    TreeNode::Leaf(0.677083),
    TreeNode::Leaf(0.147487),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 390,
        right: 393,
    }, // window_coverage
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 391,
        right: 392,
    }, // has_numbers
    TreeNode::Leaf(-0.670232),
    TreeNode::Leaf(-0.030315),
    TreeNode::Split {
        feature: 0,
        threshold: 0.917851,
        left: 394,
        right: 395,
    }, // window_coverage
    TreeNode::Leaf(0.347750),
    TreeNode::Leaf(-0.139612),
    TreeNode::Leaf(0.450697),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 398,
        right: 409,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 399,
        right: 406,
    }, // missing_weight
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 400,
        right: 403,
    }, // names
    TreeNode::Split {
        feature: 1,
        threshold: 0.121324,
        left: 401,
        right: 402,
    }, // window_pairs
    TreeNode::Leaf(0.594763),
    TreeNode::Leaf(-0.081828),
    TreeNode::Split {
        feature: 0,
        threshold: 0.177455,
        left: 404,
        right: 405,
    }, // window_coverage
    TreeNode::Leaf(-0.508387),
    TreeNode::Leaf(-0.007042),
    TreeNode::Split {
        feature: 11,
        threshold: 0.645099,
        left: 407,
        right: 408,
    }, // unknown
    TreeNode::Leaf(-0.077891),
    TreeNode::Leaf(0.578958),
    TreeNode::Leaf(-0.468895),
    TreeNode::Split {
        feature: 0,
        threshold: 0.144076,
        left: 411,
        right: 416,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.842682,
        left: 412,
        right: 415,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 2.943052,
        left: 413,
        right: 414,
    }, // text_sentences
    TreeNode::Leaf(0.667917),
    TreeNode::Leaf(0.111811),
    TreeNode::Leaf(-0.185292),
    TreeNode::Split {
        feature: 2,
        threshold: 0.427530,
        left: 417,
        right: 424,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.358021,
        left: 418,
        right: 421,
    }, // cover
    TreeNode::Split {
        feature: 5,
        threshold: 0.250365,
        left: 419,
        right: 420,
    }, // cover
    TreeNode::Leaf(-0.472359),
    TreeNode::Leaf(0.532123),
    TreeNode::Split {
        feature: 12,
        threshold: 0.535714,
        left: 422,
        right: 423,
    }, // names
    TreeNode::Leaf(0.186796),
    TreeNode::Leaf(-0.350601),
    TreeNode::Split {
        feature: 5,
        threshold: 0.250077,
        left: 425,
        right: 426,
    }, // cover
    TreeNode::Leaf(0.618805),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 427,
        right: 428,
    }, // cover
    TreeNode::Leaf(-0.361343),
    TreeNode::Leaf(0.077843),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 430,
        right: 443,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 431,
        right: 436,
    }, // missing_weight
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 432,
        right: 433,
    }, // window_numbers
    TreeNode::Leaf(-0.410735),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 434,
        right: 435,
    }, // text_sentences
    TreeNode::Leaf(0.396806),
    TreeNode::Leaf(-0.005193),
    TreeNode::Split {
        feature: 4,
        threshold: 0.464102,
        left: 437,
        right: 440,
    }, // text_pairs
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 438,
        right: 439,
    }, // has_numbers
    TreeNode::Leaf(-0.132678),
    TreeNode::Leaf(0.410932),
    TreeNode::Split {
        feature: 3,
        threshold: 0.681490,
        left: 441,
        right: 442,
    }, // text_coverage
    TreeNode::Leaf(-0.820960),
    TreeNode::Leaf(-0.253893),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 444,
        right: 451,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 445,
        right: 448,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 16.892274,
        left: 446,
        right: 447,
    }, // missing_weight
    TreeNode::Leaf(0.369298),
    TreeNode::Leaf(-0.093392),
    TreeNode::Split {
        feature: 14,
        threshold: 2.524928,
        left: 449,
        right: 450,
    }, // text_sentences
    TreeNode::Leaf(0.268174),
    TreeNode::Leaf(0.931008),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 452,
        right: 455,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.356789,
        left: 453,
        right: 454,
    }, // dice
    TreeNode::Leaf(-0.056945),
    TreeNode::Leaf(-0.633432),
    TreeNode::Split {
        feature: 1,
        threshold: 0.080128,
        left: 456,
        right: 457,
    }, // window_pairs
    TreeNode::Leaf(0.594425),
    TreeNode::Leaf(-0.051480),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 459,
        right: 466,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.093074,
        left: 460,
        right: 465,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 4.276666,
        left: 461,
        right: 462,
    }, // missing_weight
    TreeNode::Leaf(0.506267),
    TreeNode::Split {
        feature: 3,
        threshold: 0.238716,
        left: 463,
        right: 464,
    }, // text_coverage
    TreeNode::Leaf(0.160834),
    TreeNode::Leaf(-0.257985),
    TreeNode::Leaf(0.543013),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 467,
        right: 474,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 468,
        right: 471,
    }, // text_sentences
    TreeNode::Split {
        feature: 4,
        threshold: 0.289916,
        left: 469,
        right: 470,
    }, // text_pairs
    TreeNode::Leaf(-0.097452),
    TreeNode::Leaf(-0.617877),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550683,
        left: 472,
        right: 473,
    }, // dice
    TreeNode::Leaf(-0.069640),
    TreeNode::Leaf(0.465455),
    TreeNode::Split {
        feature: 6,
        threshold: 0.166666,
        left: 475,
        right: 476,
    }, // window_numbers
    TreeNode::Leaf(-0.466093),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 477,
        right: 478,
    }, // text_pairs
    TreeNode::Leaf(0.350613),
    TreeNode::Leaf(-0.061289),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 480,
        right: 493,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 481,
        right: 486,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 482,
        right: 485,
    }, // missing_weight
    TreeNode::Split {
        feature: 1,
        threshold: 0.154762,
        left: 483,
        right: 484,
    }, // window_pairs
    TreeNode::Leaf(0.446449),
    TreeNode::Leaf(-0.327446),
    TreeNode::Leaf(-0.638327),
    TreeNode::Split {
        feature: 13,
        threshold: 12.059315,
        left: 487,
        right: 490,
    }, // missing_weight
    TreeNode::Split {
        feature: 12,
        threshold: 0.803571,
        left: 488,
        right: 489,
    }, // names
    TreeNode::Leaf(-0.065394),
    TreeNode::Leaf(0.721374),
    TreeNode::Split {
        feature: 13,
        threshold: 14.360724,
        left: 491,
        right: 492,
    }, // missing_weight
    TreeNode::Leaf(-0.378247),
    TreeNode::Leaf(0.132406),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 494,
        right: 499,
    }, // text_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 4.118740,
        left: 495,
        right: 498,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.486376,
        left: 496,
        right: 497,
    }, // dice
    TreeNode::Leaf(-0.693984),
    TreeNode::Leaf(-0.134037),
    TreeNode::Leaf(-0.036740),
    TreeNode::Split {
        feature: 7,
        threshold: 0.416666,
        left: 500,
        right: 501,
    }, // text_numbers
    TreeNode::Leaf(-0.550899),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 502,
        right: 503,
    }, // names
    TreeNode::Leaf(-0.325231),
    TreeNode::Leaf(0.119796),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 505,
        right: 516,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 506,
        right: 513,
    }, // missing_weight
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 507,
        right: 510,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 19.503840,
        left: 508,
        right: 509,
    }, // missing_weight
    TreeNode::Leaf(-0.043360),
    TreeNode::Leaf(-0.556318),
    TreeNode::Split {
        feature: 11,
        threshold: 0.511761,
        left: 511,
        right: 512,
    }, // unknown
    TreeNode::Leaf(0.010594),
    TreeNode::Leaf(0.409916),
    TreeNode::Split {
        feature: 3,
        threshold: 0.354901,
        left: 514,
        right: 515,
    }, // text_coverage
    TreeNode::Leaf(0.511061),
    TreeNode::Leaf(-0.065940),
    TreeNode::Leaf(-0.449435),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 518,
        right: 531,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 519,
        right: 526,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.575460,
        left: 520,
        right: 523,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895834,
        left: 521,
        right: 522,
    }, // text_coverage
    TreeNode::Leaf(0.012009),
    TreeNode::Leaf(-0.405945),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 524,
        right: 525,
    }, // dice
    TreeNode::Leaf(0.686508),
    TreeNode::Leaf(0.119603),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 527,
        right: 528,
    }, // claim_terms
    TreeNode::Leaf(-0.572326),
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 529,
        right: 530,
    }, // text_sentences
    TreeNode::Leaf(0.179267),
    TreeNode::Leaf(-0.352765),
    TreeNode::Leaf(0.419462),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 533,
        right: 546,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.356749,
        left: 534,
        right: 541,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 535,
        right: 538,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.172546,
        left: 536,
        right: 537,
    }, // missing_weight
    TreeNode::Leaf(0.346217),
    TreeNode::Leaf(-0.586552),
    TreeNode::Split {
        feature: 12,
        threshold: 0.535714,
        left: 539,
        right: 540,
    }, // names
    TreeNode::Leaf(-0.338699),
    TreeNode::Leaf(0.496930),
    TreeNode::Split {
        feature: 5,
        threshold: 0.371368,
        left: 542,
        right: 543,
    }, // cover
    TreeNode::Leaf(-0.554809),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 544,
        right: 545,
    }, // text_numbers
    TreeNode::Leaf(-0.394084),
    TreeNode::Leaf(0.042743),
    TreeNode::Leaf(-0.435469),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 548,
        right: 561,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 549,
        right: 554,
    }, // missing_weight
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 550,
        right: 551,
    }, // window_numbers
    TreeNode::Leaf(-0.367022),
    TreeNode::Split {
        feature: 1,
        threshold: 0.607692,
        left: 552,
        right: 553,
    }, // window_pairs
    TreeNode::Leaf(0.124588),
    TreeNode::Leaf(0.471978),
    TreeNode::Split {
        feature: 1,
        threshold: 0.433036,
        left: 555,
        right: 558,
    }, // window_pairs
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 556,
        right: 557,
    }, // has_numbers
    TreeNode::Leaf(-0.138514),
    TreeNode::Leaf(0.373838),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 559,
        right: 560,
    }, // text_sentences
    TreeNode::Leaf(-0.211932),
    TreeNode::Leaf(-0.706544),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 562,
        right: 569,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 563,
        right: 566,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 16.892274,
        left: 564,
        right: 565,
    }, // missing_weight
    TreeNode::Leaf(0.340115),
    TreeNode::Leaf(-0.110462),
    TreeNode::Split {
        feature: 14,
        threshold: 2.524928,
        left: 567,
        right: 568,
    }, // text_sentences
    TreeNode::Leaf(0.235151),
    TreeNode::Leaf(0.873864),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 570,
        right: 573,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.169544,
        left: 571,
        right: 572,
    }, // window_coverage
    TreeNode::Leaf(-0.062387),
    TreeNode::Leaf(-0.611220),
    TreeNode::Split {
        feature: 1,
        threshold: 0.080128,
        left: 574,
        right: 575,
    }, // window_pairs
    TreeNode::Leaf(0.554894),
    TreeNode::Leaf(-0.048673),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 577,
        right: 588,
    }, // text_coverage
    TreeNode::Split {
        feature: 7,
        threshold: 0.354166,
        left: 578,
        right: 581,
    }, // text_numbers
    TreeNode::Split {
        feature: 14,
        threshold: 2.888826,
        left: 579,
        right: 580,
    }, // text_sentences
    TreeNode::Leaf(0.838790),
    TreeNode::Leaf(-0.207220),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 582,
        right: 585,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 583,
        right: 584,
    }, // missing_weight
    TreeNode::Leaf(0.061314),
    TreeNode::Leaf(-0.609423),
    TreeNode::Split {
        feature: 1,
        threshold: 0.044643,
        left: 586,
        right: 587,
    }, // window_pairs
    TreeNode::Leaf(-0.167765),
    TreeNode::Leaf(0.275137),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 589,
        right: 594,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.218254,
        left: 590,
        right: 593,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.077381,
        left: 591,
        right: 592,
    }, // window_pairs
    TreeNode::Leaf(-0.391445),
    TreeNode::Leaf(0.114367),
    TreeNode::Leaf(-0.596683),
    TreeNode::Split {
        feature: 7,
        threshold: 0.416666,
        left: 595,
        right: 596,
    }, // text_numbers
    TreeNode::Leaf(-0.501280),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 597,
        right: 598,
    }, // names
    TreeNode::Leaf(-0.301825),
    TreeNode::Leaf(0.106834),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 600,
        right: 607,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.093074,
        left: 601,
        right: 606,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 4.276666,
        left: 602,
        right: 603,
    }, // missing_weight
    TreeNode::Leaf(0.426968),
    TreeNode::Split {
        feature: 11,
        threshold: 0.761284,
        left: 604,
        right: 605,
    }, // unknown
    TreeNode::Leaf(-0.239807),
    TreeNode::Leaf(0.174012),
    TreeNode::Leaf(0.478387),
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 608,
        right: 615,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 609,
        right: 612,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.556259,
        left: 610,
        right: 611,
    }, // dice
    TreeNode::Leaf(-0.101453),
    TreeNode::Leaf(0.464144),
    TreeNode::Split {
        feature: 1,
        threshold: 0.458041,
        left: 613,
        right: 614,
    }, // window_pairs
    TreeNode::Leaf(-0.504065),
    TreeNode::Leaf(-0.019350),
    TreeNode::Split {
        feature: 1,
        threshold: 0.464102,
        left: 616,
        right: 619,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.500344,
        left: 617,
        right: 618,
    }, // dice
    TreeNode::Leaf(0.033674),
    TreeNode::Leaf(0.694171),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 620,
        right: 621,
    }, // text_sentences
    TreeNode::Leaf(0.244606),
    TreeNode::Leaf(-0.299754),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 623,
        right: 634,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 624,
        right: 629,
    }, // claim_terms
    TreeNode::Split {
        feature: 3,
        threshold: 0.431389,
        left: 625,
        right: 628,
    }, // text_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.813203,
        left: 626,
        right: 627,
    }, // unknown
    TreeNode::Leaf(0.569792),
    TreeNode::Leaf(-0.145919),
    TreeNode::Leaf(-0.208197),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 630,
        right: 631,
    }, // window_pairs
    TreeNode::Leaf(-0.714163),
    TreeNode::Split {
        feature: 13,
        threshold: 14.409508,
        left: 632,
        right: 633,
    }, // missing_weight
    TreeNode::Leaf(-0.139745),
    TreeNode::Leaf(0.369773),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 635,
        right: 642,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 636,
        right: 639,
    }, // claim_terms
    TreeNode::Split {
        feature: 2,
        threshold: 0.387468,
        left: 637,
        right: 638,
    }, // dice
    TreeNode::Leaf(0.371605),
    TreeNode::Leaf(-0.063630),
    TreeNode::Split {
        feature: 14,
        threshold: 2.524928,
        left: 640,
        right: 641,
    }, // text_sentences
    TreeNode::Leaf(0.220464),
    TreeNode::Leaf(0.827454),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 643,
        right: 646,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.356789,
        left: 644,
        right: 645,
    }, // dice
    TreeNode::Leaf(-0.037952),
    TreeNode::Leaf(-0.585315),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 647,
        right: 648,
    }, // window_pairs
    TreeNode::Leaf(0.541499),
    TreeNode::Leaf(-0.031968),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 650,
        right: 661,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 651,
        right: 658,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 652,
        right: 655,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 653,
        right: 654,
    }, // dice
    TreeNode::Leaf(-0.042901),
    TreeNode::Leaf(0.401062),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 656,
        right: 657,
    }, // cover
    TreeNode::Leaf(-0.564437),
    TreeNode::Leaf(-0.113729),
    TreeNode::Split {
        feature: 0,
        threshold: 0.704265,
        left: 659,
        right: 660,
    }, // window_coverage
    TreeNode::Leaf(0.116754),
    TreeNode::Leaf(0.536990),
    TreeNode::Split {
        feature: 1,
        threshold: 0.847320,
        left: 662,
        right: 667,
    }, // window_pairs
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 663,
        right: 666,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.700598,
        left: 664,
        right: 665,
    }, // text_sentences
    TreeNode::Leaf(-0.376679),
    TreeNode::Leaf(0.191770),
    TreeNode::Leaf(-0.671663),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 668,
        right: 669,
    }, // text_sentences
    TreeNode::Leaf(0.515902),
    TreeNode::Leaf(-0.083565),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 671,
        right: 680,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.421928,
        left: 672,
        right: 673,
    }, // unknown
    TreeNode::Leaf(-0.250283),
    TreeNode::Split {
        feature: 11,
        threshold: 0.628711,
        left: 674,
        right: 677,
    }, // unknown
    TreeNode::Split {
        feature: 2,
        threshold: 0.462924,
        left: 675,
        right: 676,
    }, // dice
    TreeNode::Leaf(0.670203),
    TreeNode::Leaf(0.061154),
    TreeNode::Split {
        feature: 5,
        threshold: 0.327145,
        left: 678,
        right: 679,
    }, // cover
    TreeNode::Leaf(0.138072),
    TreeNode::Leaf(-0.296966),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 681,
        right: 688,
    }, // window_coverage
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 682,
        right: 685,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 683,
        right: 684,
    }, // text_pairs
    TreeNode::Leaf(-0.077419),
    TreeNode::Leaf(0.372210),
    TreeNode::Split {
        feature: 0,
        threshold: 0.734123,
        left: 686,
        right: 687,
    }, // window_coverage
    TreeNode::Leaf(-0.126855),
    TreeNode::Leaf(-0.710717),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 689,
        right: 690,
    }, // claim_terms
    TreeNode::Leaf(-0.197371),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 691,
        right: 692,
    }, // claim_terms
    TreeNode::Leaf(0.532951),
    TreeNode::Leaf(-0.110382),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 694,
        right: 705,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 695,
        right: 700,
    }, // claim_terms
    TreeNode::Split {
        feature: 3,
        threshold: 0.431389,
        left: 696,
        right: 699,
    }, // text_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.844823,
        left: 697,
        right: 698,
    }, // unknown
    TreeNode::Leaf(0.473958),
    TreeNode::Leaf(-0.244370),
    TreeNode::Leaf(-0.188644),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 701,
        right: 702,
    }, // window_pairs
    TreeNode::Leaf(-0.671380),
    TreeNode::Split {
        feature: 13,
        threshold: 14.409508,
        left: 703,
        right: 704,
    }, // missing_weight
    TreeNode::Leaf(-0.128282),
    TreeNode::Leaf(0.338152),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 706,
        right: 713,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 707,
        right: 710,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 16.892274,
        left: 708,
        right: 709,
    }, // missing_weight
    TreeNode::Leaf(0.310155),
    TreeNode::Leaf(-0.114436),
    TreeNode::Split {
        feature: 14,
        threshold: 2.524928,
        left: 711,
        right: 712,
    }, // text_sentences
    TreeNode::Leaf(0.206987),
    TreeNode::Leaf(0.787819),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 714,
        right: 717,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 27.791958,
        left: 715,
        right: 716,
    }, // missing_weight
    TreeNode::Leaf(-0.590137),
    TreeNode::Leaf(-0.085013),
    TreeNode::Split {
        feature: 1,
        threshold: 0.080128,
        left: 718,
        right: 719,
    }, // window_pairs
    TreeNode::Leaf(0.491255),
    TreeNode::Leaf(-0.029051),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 721,
        right: 734,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 722,
        right: 729,
    }, // missing_weight
    TreeNode::Split {
        feature: 2,
        threshold: 0.427312,
        left: 723,
        right: 726,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.099584,
        left: 724,
        right: 725,
    }, // window_coverage
    TreeNode::Leaf(0.409547),
    TreeNode::Leaf(-0.172248),
    TreeNode::Split {
        feature: 2,
        threshold: 0.439248,
        left: 727,
        right: 728,
    }, // dice
    TreeNode::Leaf(0.521850),
    TreeNode::Leaf(-0.006934),
    TreeNode::Split {
        feature: 2,
        threshold: 0.477421,
        left: 730,
        right: 733,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.383551,
        left: 731,
        right: 732,
    }, // dice
    TreeNode::Leaf(0.019709),
    TreeNode::Leaf(0.573207),
    TreeNode::Leaf(-0.113000),
    TreeNode::Leaf(-0.409422),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 736,
        right: 751,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 737,
        right: 744,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 6.152289,
        left: 738,
        right: 741,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.422619,
        left: 739,
        right: 740,
    }, // text_coverage
    TreeNode::Leaf(0.360338),
    TreeNode::Leaf(-0.056803),
    TreeNode::Split {
        feature: 0,
        threshold: 0.458205,
        left: 742,
        right: 743,
    }, // window_coverage
    TreeNode::Leaf(-0.024381),
    TreeNode::Leaf(-0.722401),
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 745,
        right: 748,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.471708,
        left: 746,
        right: 747,
    }, // dice
    TreeNode::Leaf(0.048257),
    TreeNode::Leaf(-0.538395),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 749,
        right: 750,
    }, // text_pairs
    TreeNode::Leaf(0.036201),
    TreeNode::Leaf(0.356776),
    TreeNode::Leaf(-0.396721),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 753,
        right: 766,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.636033,
        left: 754,
        right: 761,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 755,
        right: 758,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.354166,
        left: 756,
        right: 757,
    }, // window_numbers
    TreeNode::Leaf(0.312678),
    TreeNode::Leaf(-0.082103),
    TreeNode::Split {
        feature: 1,
        threshold: 0.204167,
        left: 759,
        right: 760,
    }, // window_pairs
    TreeNode::Leaf(0.641159),
    TreeNode::Leaf(0.177898),
    TreeNode::Split {
        feature: 13,
        threshold: 2.802901,
        left: 762,
        right: 763,
    }, // missing_weight
    TreeNode::Leaf(-0.533949),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 764,
        right: 765,
    }, // dice
    TreeNode::Leaf(-0.274547),
    TreeNode::Leaf(0.261229),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 767,
        right: 768,
    }, // claim_terms
    TreeNode::Leaf(-0.175455),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 769,
        right: 772,
    }, // claim_terms
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 770,
        right: 771,
    }, // claim_terms
    TreeNode::Leaf(0.563540),
    TreeNode::Leaf(0.108743),
    TreeNode::Leaf(-0.101061),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 774,
        right: 789,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 775,
        right: 782,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 776,
        right: 779,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 777,
        right: 778,
    }, // window_pairs
    TreeNode::Leaf(0.014448),
    TreeNode::Leaf(-0.424573),
    TreeNode::Split {
        feature: 0,
        threshold: 0.721952,
        left: 780,
        right: 781,
    }, // window_coverage
    TreeNode::Leaf(0.090397),
    TreeNode::Leaf(0.490026),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 783,
        right: 786,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.755288,
        left: 784,
        right: 785,
    }, // dice
    TreeNode::Leaf(0.432819),
    TreeNode::Leaf(-0.108591),
    TreeNode::Split {
        feature: 5,
        threshold: 0.877547,
        left: 787,
        right: 788,
    }, // cover
    TreeNode::Leaf(-0.006977),
    TreeNode::Leaf(-0.586638),
    TreeNode::Leaf(0.379764),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 791,
        right: 802,
    }, // window_coverage
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 792,
        right: 799,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 793,
        right: 796,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.433036,
        left: 794,
        right: 795,
    }, // window_pairs
    TreeNode::Leaf(0.023156),
    TreeNode::Leaf(-0.313751),
    TreeNode::Split {
        feature: 0,
        threshold: 0.704265,
        left: 797,
        right: 798,
    }, // window_coverage
    TreeNode::Leaf(0.076709),
    TreeNode::Leaf(0.443766),
    TreeNode::Split {
        feature: 0,
        threshold: 0.734123,
        left: 800,
        right: 801,
    }, // window_coverage
    TreeNode::Leaf(-0.087465),
    TreeNode::Leaf(-0.643504),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 803,
        right: 804,
    }, // claim_terms
    TreeNode::Leaf(-0.151341),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 805,
        right: 808,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.950000,
        left: 806,
        right: 807,
    }, // window_pairs
    TreeNode::Leaf(0.526869),
    TreeNode::Leaf(0.082507),
    TreeNode::Leaf(-0.088548),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 810,
        right: 821,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 811,
        right: 814,
    }, // missing_weight
    TreeNode::Split {
        feature: 1,
        threshold: 0.354166,
        left: 812,
        right: 813,
    }, // window_pairs
    TreeNode::Leaf(0.326123),
    TreeNode::Leaf(-0.120085),
    TreeNode::Split {
        feature: 1,
        threshold: 0.138095,
        left: 815,
        right: 818,
    }, // window_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.087121,
        left: 816,
        right: 817,
    }, // text_pairs
    TreeNode::Leaf(-0.334965),
    TreeNode::Leaf(0.282969),
    TreeNode::Split {
        feature: 1,
        threshold: 0.279220,
        left: 819,
        right: 820,
    }, // window_pairs
    TreeNode::Leaf(-0.691249),
    TreeNode::Leaf(-0.081020),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 822,
        right: 829,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 6.152289,
        left: 823,
        right: 826,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 824,
        right: 825,
    }, // missing_weight
    TreeNode::Leaf(-0.059740),
    TreeNode::Leaf(0.461275),
    TreeNode::Split {
        feature: 0,
        threshold: 0.494747,
        left: 827,
        right: 828,
    }, // window_coverage
    TreeNode::Leaf(-0.080238),
    TreeNode::Leaf(-0.687073),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 830,
        right: 833,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.215838,
        left: 831,
        right: 832,
    }, // text_pairs
    TreeNode::Leaf(0.135651),
    TreeNode::Leaf(-0.361884),
    TreeNode::Split {
        feature: 2,
        threshold: 0.479312,
        left: 834,
        right: 835,
    }, // dice
    TreeNode::Leaf(0.565196),
    TreeNode::Leaf(0.157347),
    TreeNode::Split {
        feature: 0,
        threshold: 0.618095,
        left: 837,
        right: 850,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 838,
        right: 845,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 839,
        right: 842,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.354166,
        left: 840,
        right: 841,
    }, // window_numbers
    TreeNode::Leaf(0.379865),
    TreeNode::Leaf(-0.068829),
    TreeNode::Split {
        feature: 0,
        threshold: 0.431175,
        left: 843,
        right: 844,
    }, // window_coverage
    TreeNode::Leaf(0.137525),
    TreeNode::Leaf(0.550415),
    TreeNode::Split {
        feature: 1,
        threshold: 0.464102,
        left: 846,
        right: 849,
    }, // window_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.369318,
        left: 847,
        right: 848,
    }, // text_pairs
    TreeNode::Leaf(-0.141099),
    TreeNode::Leaf(-0.624131),
    TreeNode::Leaf(0.072322),
    TreeNode::Split {
        feature: 1,
        threshold: 0.464102,
        left: 851,
        right: 854,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.500344,
        left: 852,
        right: 853,
    }, // dice
    TreeNode::Leaf(0.031445),
    TreeNode::Leaf(0.667044),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 855,
        right: 858,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.577381,
        left: 856,
        right: 857,
    }, // window_pairs
    TreeNode::Leaf(-0.289350),
    TreeNode::Leaf(0.454224),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 859,
        right: 860,
    }, // text_sentences
    TreeNode::Leaf(-0.522152),
    TreeNode::Leaf(0.248252),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 862,
        right: 873,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 863,
        right: 868,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 864,
        right: 867,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 865,
        right: 866,
    }, // claim_terms
    TreeNode::Leaf(0.281965),
    TreeNode::Leaf(-0.014957),
    TreeNode::Leaf(-0.328528),
    TreeNode::Split {
        feature: 2,
        threshold: 0.477421,
        left: 869,
        right: 872,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.045833,
        left: 870,
        right: 871,
    }, // window_pairs
    TreeNode::Leaf(0.036545),
    TreeNode::Leaf(0.537394),
    TreeNode::Leaf(-0.107587),
    TreeNode::Leaf(-0.383897),
    TreeNode::Split {
        feature: 2,
        threshold: 0.314551,
        left: 875,
        right: 882,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 876,
        right: 879,
    }, // window_numbers
    TreeNode::Split {
        feature: 13,
        threshold: 3.230734,
        left: 877,
        right: 878,
    }, // missing_weight
    TreeNode::Leaf(-0.180902),
    TreeNode::Leaf(0.579435),
    TreeNode::Split {
        feature: 2,
        threshold: 0.264062,
        left: 880,
        right: 881,
    }, // dice
    TreeNode::Leaf(0.018464),
    TreeNode::Leaf(-0.538367),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 883,
        right: 886,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 884,
        right: 885,
    }, // text_sentences
    TreeNode::Leaf(-0.057267),
    TreeNode::Leaf(0.533022),
    TreeNode::Split {
        feature: 2,
        threshold: 0.334130,
        left: 887,
        right: 888,
    }, // dice
    TreeNode::Leaf(0.497442),
    TreeNode::Split {
        feature: 2,
        threshold: 0.351000,
        left: 889,
        right: 890,
    }, // dice
    TreeNode::Leaf(-0.424396),
    TreeNode::Leaf(0.001405),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 892,
        right: 907,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 893,
        right: 900,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 894,
        right: 897,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 895,
        right: 896,
    }, // window_coverage
    TreeNode::Leaf(0.014715),
    TreeNode::Leaf(-0.372882),
    TreeNode::Split {
        feature: 1,
        threshold: 0.464102,
        left: 898,
        right: 899,
    }, // window_pairs
    TreeNode::Leaf(0.423995),
    TreeNode::Leaf(-0.067536),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 901,
        right: 904,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.404837,
        left: 902,
        right: 903,
    }, // dice
    TreeNode::Leaf(0.036336),
    TreeNode::Leaf(0.550558),
    TreeNode::Split {
        feature: 3,
        threshold: 0.478097,
        left: 905,
        right: 906,
    }, // text_coverage
    TreeNode::Leaf(-0.240683),
    TreeNode::Leaf(0.141672),
    TreeNode::Leaf(-0.373616),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 909,
        right: 918,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 910,
        right: 917,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.618095,
        left: 911,
        right: 914,
    }, // window_coverage
    TreeNode::Split {
        feature: 3,
        threshold: 0.595576,
        left: 912,
        right: 913,
    }, // text_coverage
    TreeNode::Leaf(0.054714),
    TreeNode::Leaf(-0.235164),
    TreeNode::Split {
        feature: 1,
        threshold: 0.464102,
        left: 915,
        right: 916,
    }, // window_pairs
    TreeNode::Leaf(0.394794),
    TreeNode::Leaf(-0.038156),
    TreeNode::Leaf(-0.383166),
    TreeNode::Leaf(0.367734),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 920,
        right: 931,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 921,
        right: 924,
    }, // missing_weight
    TreeNode::Split {
        feature: 1,
        threshold: 0.354166,
        left: 922,
        right: 923,
    }, // window_pairs
    TreeNode::Leaf(0.292668),
    TreeNode::Leaf(-0.110275),
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 925,
        right: 928,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.652122,
        left: 926,
        right: 927,
    }, // unknown
    TreeNode::Leaf(0.441857),
    TreeNode::Leaf(-0.315032),
    TreeNode::Split {
        feature: 5,
        threshold: 0.340002,
        left: 929,
        right: 930,
    }, // cover
    TreeNode::Leaf(0.030610),
    TreeNode::Leaf(-0.483839),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 932,
        right: 939,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 6.152289,
        left: 933,
        right: 936,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 934,
        right: 935,
    }, // missing_weight
    TreeNode::Leaf(-0.050446),
    TreeNode::Leaf(0.440140),
    TreeNode::Split {
        feature: 0,
        threshold: 0.494747,
        left: 937,
        right: 938,
    }, // window_coverage
    TreeNode::Leaf(-0.072252),
    TreeNode::Leaf(-0.643313),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 940,
        right: 943,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.215838,
        left: 941,
        right: 942,
    }, // text_pairs
    TreeNode::Leaf(0.116716),
    TreeNode::Leaf(-0.332473),
    TreeNode::Split {
        feature: 2,
        threshold: 0.479312,
        left: 944,
        right: 945,
    }, // dice
    TreeNode::Leaf(0.518977),
    TreeNode::Leaf(0.155303),
    TreeNode::Split {
        feature: 2,
        threshold: 0.456082,
        left: 947,
        right: 956,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.449562,
        left: 948,
        right: 955,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.744429,
        left: 949,
        right: 952,
    }, // text_coverage
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 950,
        right: 951,
    }, // window_numbers
    TreeNode::Leaf(0.449463),
    TreeNode::Leaf(-0.047425),
    TreeNode::Split {
        feature: 0,
        threshold: 0.618335,
        left: 953,
        right: 954,
    }, // window_coverage
    TreeNode::Leaf(-0.507338),
    TreeNode::Leaf(0.069489),
    TreeNode::Leaf(-0.524736),
    TreeNode::Split {
        feature: 5,
        threshold: 0.280733,
        left: 957,
        right: 958,
    }, // cover
    TreeNode::Leaf(0.523983),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 959,
        right: 962,
    }, // cover
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 960,
        right: 961,
    }, // claim_terms
    TreeNode::Leaf(-0.516586),
    TreeNode::Leaf(0.014880),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 963,
        right: 964,
    }, // text_numbers
    TreeNode::Leaf(-0.408984),
    TreeNode::Leaf(0.129767),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 966,
        right: 979,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.636033,
        left: 967,
        right: 974,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 968,
        right: 971,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.298148,
        left: 969,
        right: 970,
    }, // window_pairs
    TreeNode::Leaf(-0.096122),
    TreeNode::Leaf(0.144712),
    TreeNode::Split {
        feature: 13,
        threshold: 3.081657,
        left: 972,
        right: 973,
    }, // missing_weight
    TreeNode::Leaf(0.579630),
    TreeNode::Leaf(0.142916),
    TreeNode::Split {
        feature: 13,
        threshold: 2.802901,
        left: 975,
        right: 976,
    }, // missing_weight
    TreeNode::Leaf(-0.454234),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 977,
        right: 978,
    }, // dice
    TreeNode::Leaf(-0.243402),
    TreeNode::Leaf(0.245185),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 980,
        right: 981,
    }, // claim_terms
    TreeNode::Leaf(-0.132812),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 982,
        right: 985,
    }, // claim_terms
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 983,
        right: 984,
    }, // claim_terms
    TreeNode::Leaf(0.511941),
    TreeNode::Leaf(0.094553),
    TreeNode::Leaf(-0.085396),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 987,
        right: 1002,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 988,
        right: 995,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 989,
        right: 992,
    }, // missing_weight
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 990,
        right: 991,
    }, // window_numbers
    TreeNode::Leaf(-0.364555),
    TreeNode::Leaf(0.286771),
    TreeNode::Split {
        feature: 4,
        threshold: 0.414216,
        left: 993,
        right: 994,
    }, // text_pairs
    TreeNode::Leaf(-0.013606),
    TreeNode::Leaf(-0.407206),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 996,
        right: 999,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 997,
        right: 998,
    }, // claim_terms
    TreeNode::Leaf(0.040882),
    TreeNode::Leaf(0.584594),
    TreeNode::Split {
        feature: 14,
        threshold: 4.110739,
        left: 1000,
        right: 1001,
    }, // text_sentences
    TreeNode::Leaf(-0.319879),
    TreeNode::Leaf(0.126340),
    TreeNode::Leaf(-0.362738),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 1004,
        right: 1019,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 1005,
        right: 1012,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 14.409508,
        left: 1006,
        right: 1009,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 1007,
        right: 1008,
    }, // missing_weight
    TreeNode::Leaf(0.126954),
    TreeNode::Leaf(-0.178037),
    TreeNode::Split {
        feature: 13,
        threshold: 17.969711,
        left: 1010,
        right: 1011,
    }, // missing_weight
    TreeNode::Leaf(0.394912),
    TreeNode::Leaf(-0.019592),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 1013,
        right: 1016,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 15.306154,
        left: 1014,
        right: 1015,
    }, // missing_weight
    TreeNode::Leaf(0.515550),
    TreeNode::Leaf(0.002492),
    TreeNode::Split {
        feature: 14,
        threshold: 4.110739,
        left: 1017,
        right: 1018,
    }, // text_sentences
    TreeNode::Leaf(-0.294609),
    TreeNode::Leaf(0.114590),
    TreeNode::Leaf(-0.351863),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 1021,
        right: 1034,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 1022,
        right: 1029,
    }, // text_pairs
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 1023,
        right: 1026,
    }, // has_numbers
    TreeNode::Split {
        feature: 2,
        threshold: 0.600940,
        left: 1024,
        right: 1025,
    }, // dice
    TreeNode::Leaf(-0.020777),
    TreeNode::Leaf(-0.442089),
    TreeNode::Split {
        feature: 10,
        threshold: 2.138333,
        left: 1027,
        right: 1028,
    }, // claim_terms
    TreeNode::Leaf(0.307626),
    TreeNode::Leaf(-0.157752),
    TreeNode::Split {
        feature: 0,
        threshold: 0.721952,
        left: 1030,
        right: 1031,
    }, // window_coverage
    TreeNode::Leaf(0.089100),
    TreeNode::Split {
        feature: 3,
        threshold: 0.838021,
        left: 1032,
        right: 1033,
    }, // text_coverage
    TreeNode::Leaf(0.574577),
    TreeNode::Leaf(0.126518),
    TreeNode::Split {
        feature: 1,
        threshold: 0.847320,
        left: 1035,
        right: 1040,
    }, // window_pairs
    TreeNode::Split {
        feature: 10,
        threshold: 2.138333,
        left: 1036,
        right: 1037,
    }, // claim_terms
    TreeNode::Leaf(-0.014962),
    TreeNode::Split {
        feature: 1,
        threshold: 0.654762,
        left: 1038,
        right: 1039,
    }, // window_pairs
    TreeNode::Leaf(-0.023673),
    TreeNode::Leaf(-0.723428),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 1041,
        right: 1042,
    }, // text_sentences
    TreeNode::Leaf(0.468529),
    TreeNode::Leaf(-0.052763),
    TreeNode::Split {
        feature: 2,
        threshold: 0.314551,
        left: 1044,
        right: 1051,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.134548,
        left: 1045,
        right: 1050,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.264062,
        left: 1046,
        right: 1049,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.383292,
        left: 1047,
        right: 1048,
    }, // text_coverage
    TreeNode::Leaf(0.249523),
    TreeNode::Leaf(-0.206797),
    TreeNode::Leaf(-0.583100),
    TreeNode::Leaf(0.213383),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 1052,
        right: 1055,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 1053,
        right: 1054,
    }, // text_sentences
    TreeNode::Leaf(-0.043780),
    TreeNode::Leaf(0.493464),
    TreeNode::Split {
        feature: 2,
        threshold: 0.334130,
        left: 1056,
        right: 1057,
    }, // dice
    TreeNode::Leaf(0.462320),
    TreeNode::Split {
        feature: 2,
        threshold: 0.351000,
        left: 1058,
        right: 1059,
    }, // dice
    TreeNode::Leaf(-0.398173),
    TreeNode::Leaf(-0.000224),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 1061,
        right: 1074,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 1062,
        right: 1069,
    }, // text_pairs
    TreeNode::Split {
        feature: 3,
        threshold: 0.852386,
        left: 1063,
        right: 1066,
    }, // text_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.739565,
        left: 1064,
        right: 1065,
    }, // dice
    TreeNode::Leaf(0.009604),
    TreeNode::Leaf(-0.334600),
    TreeNode::Split {
        feature: 0,
        threshold: 0.628681,
        left: 1067,
        right: 1068,
    }, // window_coverage
    TreeNode::Leaf(-0.026830),
    TreeNode::Leaf(0.505591),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 1070,
        right: 1071,
    }, // text_sentences
    TreeNode::Leaf(0.280975),
    TreeNode::Split {
        feature: 14,
        threshold: 2.441401,
        left: 1072,
        right: 1073,
    }, // text_sentences
    TreeNode::Leaf(-0.529252),
    TreeNode::Leaf(-0.075853),
    TreeNode::Leaf(0.335939),
    TreeNode::Split {
        feature: 2,
        threshold: 0.456082,
        left: 1076,
        right: 1085,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.449562,
        left: 1077,
        right: 1084,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.744429,
        left: 1078,
        right: 1081,
    }, // text_coverage
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 1079,
        right: 1080,
    }, // window_numbers
    TreeNode::Leaf(0.398255),
    TreeNode::Leaf(-0.031432),
    TreeNode::Split {
        feature: 0,
        threshold: 0.618335,
        left: 1082,
        right: 1083,
    }, // window_coverage
    TreeNode::Leaf(-0.485742),
    TreeNode::Leaf(0.045999),
    TreeNode::Leaf(-0.484669),
    TreeNode::Split {
        feature: 2,
        threshold: 0.471179,
        left: 1086,
        right: 1089,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.469095,
        left: 1087,
        right: 1088,
    }, // cover
    TreeNode::Leaf(0.570102),
    TreeNode::Leaf(0.094786),
    TreeNode::Split {
        feature: 2,
        threshold: 0.484020,
        left: 1090,
        right: 1093,
    }, // dice
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 1091,
        right: 1092,
    }, // claim_terms
    TreeNode::Leaf(-0.615007),
    TreeNode::Leaf(0.089235),
    TreeNode::Split {
        feature: 4,
        threshold: 0.204167,
        left: 1094,
        right: 1095,
    }, // text_pairs
    TreeNode::Leaf(0.434401),
    TreeNode::Leaf(-0.036233),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 1097,
        right: 1108,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 9.271293,
        left: 1098,
        right: 1103,
    }, // missing_weight
    TreeNode::Split {
        feature: 1,
        threshold: 0.345238,
        left: 1099,
        right: 1102,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.327644,
        left: 1100,
        right: 1101,
    }, // window_coverage
    TreeNode::Leaf(-0.124902),
    TreeNode::Leaf(0.522168),
    TreeNode::Leaf(-0.321233),
    TreeNode::Split {
        feature: 12,
        threshold: 0.029412,
        left: 1104,
        right: 1105,
    }, // names
    TreeNode::Leaf(0.145371),
    TreeNode::Split {
        feature: 0,
        threshold: 0.210404,
        left: 1106,
        right: 1107,
    }, // window_coverage
    TreeNode::Leaf(0.024772),
    TreeNode::Leaf(-0.511927),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 1109,
        right: 1114,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 1110,
        right: 1113,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 1111,
        right: 1112,
    }, // missing_weight
    TreeNode::Leaf(-0.049596),
    TreeNode::Leaf(0.129983),
    TreeNode::Leaf(-0.434789),
    TreeNode::Leaf(0.461874),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 1116,
        right: 1125,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 32.955712,
        left: 1117,
        right: 1124,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.812816,
        left: 1118,
        right: 1121,
    }, // unknown
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 1119,
        right: 1120,
    }, // text_numbers
    TreeNode::Leaf(-0.185738),
    TreeNode::Leaf(0.035719),
    TreeNode::Split {
        feature: 0,
        threshold: 0.128189,
        left: 1122,
        right: 1123,
    }, // window_coverage
    TreeNode::Leaf(-0.012723),
    TreeNode::Leaf(-0.388578),
    TreeNode::Leaf(0.322685),
    TreeNode::Leaf(-0.344029),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 1127,
        right: 1138,
    }, // window_coverage
    TreeNode::Split {
        feature: 4,
        threshold: 0.741667,
        left: 1128,
        right: 1135,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 1129,
        right: 1132,
    }, // text_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 1130,
        right: 1131,
    }, // window_coverage
    TreeNode::Leaf(0.060948),
    TreeNode::Leaf(-0.103512),
    TreeNode::Split {
        feature: 5,
        threshold: 0.819445,
        left: 1133,
        right: 1134,
    }, // cover
    TreeNode::Leaf(0.415815),
    TreeNode::Leaf(0.006227),
    TreeNode::Split {
        feature: 0,
        threshold: 0.734123,
        left: 1136,
        right: 1137,
    }, // window_coverage
    TreeNode::Leaf(-0.070960),
    TreeNode::Leaf(-0.561404),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 1139,
        right: 1140,
    }, // claim_terms
    TreeNode::Leaf(-0.122396),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 1141,
        right: 1144,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.950000,
        left: 1142,
        right: 1143,
    }, // window_pairs
    TreeNode::Leaf(0.471584),
    TreeNode::Leaf(0.049443),
    TreeNode::Leaf(-0.079964),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 1146,
        right: 1155,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.414048,
        left: 1147,
        right: 1154,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.258234,
        left: 1148,
        right: 1151,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.094691,
        left: 1149,
        right: 1150,
    }, // window_coverage
    TreeNode::Leaf(0.114390),
    TreeNode::Leaf(-0.460861),
    TreeNode::Split {
        feature: 5,
        threshold: 0.357522,
        left: 1152,
        right: 1153,
    }, // cover
    TreeNode::Leaf(0.627162),
    TreeNode::Leaf(-0.101785),
    TreeNode::Leaf(-0.499050),
    TreeNode::Split {
        feature: 5,
        threshold: 0.250077,
        left: 1156,
        right: 1157,
    }, // cover
    TreeNode::Leaf(0.435840),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 1158,
        right: 1161,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 16.106237,
        left: 1159,
        right: 1160,
    }, // missing_weight
    TreeNode::Leaf(-0.055000),
    TreeNode::Leaf(-0.516057),
    TreeNode::Split {
        feature: 2,
        threshold: 0.439248,
        left: 1162,
        right: 1163,
    }, // dice
    TreeNode::Leaf(0.437464),
    TreeNode::Leaf(0.027054),
    TreeNode::Split {
        feature: 2,
        threshold: 0.456082,
        left: 1165,
        right: 1174,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.449562,
        left: 1166,
        right: 1173,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.744429,
        left: 1167,
        right: 1170,
    }, // text_coverage
    TreeNode::Split {
        feature: 5,
        threshold: 0.436666,
        left: 1168,
        right: 1169,
    }, // cover
    TreeNode::Leaf(-0.092937),
    TreeNode::Leaf(0.246329),
    TreeNode::Split {
        feature: 0,
        threshold: 0.426290,
        left: 1171,
        right: 1172,
    }, // window_coverage
    TreeNode::Leaf(-0.569497),
    TreeNode::Leaf(-0.029896),
    TreeNode::Leaf(-0.460011),
    TreeNode::Split {
        feature: 2,
        threshold: 0.471179,
        left: 1175,
        right: 1178,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.469095,
        left: 1176,
        right: 1177,
    }, // cover
    TreeNode::Leaf(0.526701),
    TreeNode::Leaf(0.088299),
    TreeNode::Split {
        feature: 2,
        threshold: 0.484020,
        left: 1179,
        right: 1182,
    }, // dice
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 1180,
        right: 1181,
    }, // claim_terms
    TreeNode::Leaf(-0.580781),
    TreeNode::Leaf(0.085269),
    TreeNode::Split {
        feature: 2,
        threshold: 0.495025,
        left: 1183,
        right: 1184,
    }, // dice
    TreeNode::Leaf(0.510577),
    TreeNode::Leaf(-0.014342),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 1186,
        right: 1199,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 1187,
        right: 1194,
    }, // text_pairs
    TreeNode::Split {
        feature: 3,
        threshold: 0.833685,
        left: 1188,
        right: 1191,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 1189,
        right: 1190,
    }, // text_sentences
    TreeNode::Leaf(-0.194892),
    TreeNode::Leaf(0.012643),
    TreeNode::Split {
        feature: 1,
        threshold: 0.558442,
        left: 1192,
        right: 1193,
    }, // window_pairs
    TreeNode::Leaf(0.452916),
    TreeNode::Leaf(-0.141276),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 1195,
        right: 1196,
    }, // text_sentences
    TreeNode::Leaf(0.272332),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 1197,
        right: 1198,
    }, // claim_terms
    TreeNode::Leaf(-0.086620),
    TreeNode::Leaf(-0.552282),
    TreeNode::Leaf(0.326750),
];

/// The lowest score above which 90 % of the development claims are
/// supported, on their cross-validated scores.
pub const SUPPORT_THRESHOLD: f64 = 0.813;
/// Where a claim is more likely supported than not (the lowest score at
/// which half the training claims are supported is 0.091).
pub const PARTIAL_THRESHOLD: f64 = 0.5;
