//! The support model: written by `scripts/train_support.py --write`; do
//! not edit by hand. See `matching::support_logit` for how it is used.
//!
//! Trained on 2026-12-03 on WiCE dev, AttributionBench dev and the
//! tuning half of tests/data (1595 claims; ours counted 4 times), seed
//! 2026: a logistic regression (ridge 2), then 60 regression trees of depth
//! 4 boosted on its logit (rate 0.1, at least 30 claims a leaf).
//! Cross-validated (5 folds; inside each fold the thresholds are chosen as
//! the shipped ones are, on scores of an inner cross-validation of its training part):
//! - wice: cross-validated AUC supported vs not 0.932, vs partial+not 0.802; `supported` at the 0.90-precision threshold: accuracy 0.679, precision 0.714; at the accuracy-best threshold: accuracy 0.751 (349 claims)
//! - attrib: cross-validated AUC supported vs not 0.787; `supported` at the 0.90-precision threshold: accuracy 0.639, precision 0.900; at the accuracy-best threshold: accuracy 0.692 (1198 claims)
//! - ours: cross-validated AUC supported vs not 0.830; `supported` at the 0.90-precision threshold: accuracy 0.646, precision 0.941; at the accuracy-best threshold: accuracy 0.771 (48 claims)

use super::matching::{TreeNode, FEATURE_COUNT};

/// Weights of the linear part, in `FEATURES` order.
pub const SUPPORT_WEIGHTS: [f64; FEATURE_COUNT] = [
    0.4154,  // window_coverage
    0.8633,  // window_pairs
    1.8804,  // dice
    -0.4372, // text_coverage
    -0.2639, // text_pairs
    0.1999,  // cover
    0.5404,  // window_numbers
    1.9975,  // text_numbers
    0.4308,  // has_numbers
    -0.9258, // opposite
    0.2573,  // claim_terms
    -0.7900, // unknown
    0.5610,  // names
    -0.0127, // missing_weight
    -0.2584, // text_sentences
];
pub const SUPPORT_BIAS: f64 = -3.6243;

/// Each tree's value is scaled by this.
pub const TREE_RATE: f64 = 0.1;
/// Where each tree starts in [`TREE_NODES`].
pub const TREE_ROOTS: [usize; 60] = [
    0, 27, 56, 79, 104, 119, 148, 165, 192, 215, 230, 259, 280, 295, 312, 341, 352, 373, 390, 419,
    434, 447, 458, 489, 508, 521, 538, 555, 566, 579, 602, 625, 642, 659, 680, 703, 720, 741, 758,
    775, 796, 817, 838, 851, 878, 901, 924, 935, 958, 979, 1004, 1027, 1048, 1061, 1086, 1111,
    1134, 1147, 1168, 1195,
];
pub static TREE_NODES: [TreeNode; 1218] = [
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
    TreeNode::Leaf(0.809146),
    TreeNode::Leaf(-0.366625),
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 6,
        right: 9,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.454389,
        left: 7,
        right: 8,
    }, // cover
    TreeNode::Leaf(-0.551610),
    TreeNode::Leaf(0.583986),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 10,
        right: 11,
    }, // cover
    TreeNode::Leaf(-0.087712),
    TreeNode::Leaf(-0.790667),
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
    TreeNode::Leaf(-0.773888),
    TreeNode::Leaf(0.035815),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 18,
        right: 19,
    }, // claim_terms
    TreeNode::Leaf(-0.211538),
    TreeNode::Leaf(0.435435),
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
    TreeNode::Leaf(0.801699),
    TreeNode::Leaf(0.059300),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 25,
        right: 26,
    }, // text_pairs
    TreeNode::Leaf(-0.553129),
    TreeNode::Leaf(0.238569),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 28,
        right: 41,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 29,
        right: 34,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.652122,
        left: 30,
        right: 33,
    }, // unknown
    TreeNode::Split {
        feature: 0,
        threshold: 0.340360,
        left: 31,
        right: 32,
    }, // window_coverage
    TreeNode::Leaf(0.942847),
    TreeNode::Leaf(0.251453),
    TreeNode::Leaf(-0.351870),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 35,
        right: 38,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 3.257357,
        left: 36,
        right: 37,
    }, // missing_weight
    TreeNode::Leaf(-0.276588),
    TreeNode::Leaf(0.205394),
    TreeNode::Split {
        feature: 0,
        threshold: 0.170905,
        left: 39,
        right: 40,
    }, // window_coverage
    TreeNode::Leaf(0.024461),
    TreeNode::Leaf(-0.657929),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 42,
        right: 49,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.484907,
        left: 43,
        right: 46,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 44,
        right: 45,
    }, // text_sentences
    TreeNode::Leaf(0.581909),
    TreeNode::Leaf(-0.076657),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 47,
        right: 48,
    }, // claim_terms
    TreeNode::Leaf(0.371527),
    TreeNode::Leaf(-0.402381),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 50,
        right: 53,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 51,
        right: 52,
    }, // window_pairs
    TreeNode::Leaf(-0.124429),
    TreeNode::Leaf(0.695168),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 54,
        right: 55,
    }, // text_pairs
    TreeNode::Leaf(-0.518223),
    TreeNode::Leaf(0.216755),
    TreeNode::Split {
        feature: 2,
        threshold: 0.452544,
        left: 57,
        right: 68,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 58,
        right: 61,
    }, // text_numbers
    TreeNode::Split {
        feature: 5,
        threshold: 0.410442,
        left: 59,
        right: 60,
    }, // cover
    TreeNode::Leaf(1.209322),
    TreeNode::Leaf(-0.178957),
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 62,
        right: 65,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 63,
        right: 64,
    }, // text_sentences
    TreeNode::Leaf(0.145015),
    TreeNode::Leaf(-0.693374),
    TreeNode::Split {
        feature: 5,
        threshold: 0.436666,
        left: 66,
        right: 67,
    }, // cover
    TreeNode::Leaf(-0.320353),
    TreeNode::Leaf(0.286984),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 69,
        right: 72,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.212406,
        left: 70,
        right: 71,
    }, // window_pairs
    TreeNode::Leaf(0.287571),
    TreeNode::Leaf(-0.835604),
    TreeNode::Split {
        feature: 0,
        threshold: 0.849693,
        left: 73,
        right: 76,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 74,
        right: 75,
    }, // dice
    TreeNode::Leaf(0.226546),
    TreeNode::Leaf(-0.442456),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 77,
        right: 78,
    }, // claim_terms
    TreeNode::Leaf(0.705222),
    TreeNode::Leaf(0.094231),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 80,
        right: 95,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 81,
        right: 88,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 82,
        right: 85,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 83,
        right: 84,
    }, // missing_weight
    TreeNode::Leaf(0.346196),
    TreeNode::Leaf(-0.227783),
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 86,
        right: 87,
    }, // window_pairs
    TreeNode::Leaf(0.093696),
    TreeNode::Leaf(0.859255),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 89,
        right: 92,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.169544,
        left: 90,
        right: 91,
    }, // window_coverage
    TreeNode::Leaf(-0.177300),
    TreeNode::Leaf(-0.774778),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 93,
        right: 94,
    }, // window_pairs
    TreeNode::Leaf(0.587925),
    TreeNode::Leaf(-0.282717),
    TreeNode::Split {
        feature: 1,
        threshold: 0.229021,
        left: 96,
        right: 97,
    }, // window_pairs
    TreeNode::Leaf(0.940615),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 98,
        right: 101,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.585714,
        left: 99,
        right: 100,
    }, // window_pairs
    TreeNode::Leaf(0.003858),
    TreeNode::Leaf(-0.890125),
    TreeNode::Split {
        feature: 5,
        threshold: 0.679035,
        left: 102,
        right: 103,
    }, // cover
    TreeNode::Leaf(-0.252505),
    TreeNode::Leaf(0.361750),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 105,
        right: 118,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 106,
        right: 113,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 107,
        right: 110,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 108,
        right: 109,
    }, // text_sentences
    TreeNode::Leaf(0.047835),
    TreeNode::Leaf(-0.289250),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 111,
        right: 112,
    }, // dice
    TreeNode::Leaf(0.809816),
    TreeNode::Leaf(0.223138),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 114,
        right: 115,
    }, // cover
    TreeNode::Leaf(-0.807804),
    TreeNode::Split {
        feature: 0,
        threshold: 0.753429,
        left: 116,
        right: 117,
    }, // window_coverage
    TreeNode::Leaf(0.293359),
    TreeNode::Leaf(-0.260562),
    TreeNode::Leaf(0.588338),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 120,
        right: 133,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 121,
        right: 128,
    }, // names
    TreeNode::Split {
        feature: 11,
        threshold: 0.585527,
        left: 122,
        right: 125,
    }, // unknown
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 123,
        right: 124,
    }, // missing_weight
    TreeNode::Leaf(0.858796),
    TreeNode::Leaf(0.030600),
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 126,
        right: 127,
    }, // window_coverage
    TreeNode::Leaf(0.091826),
    TreeNode::Leaf(-0.623325),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 129,
        right: 130,
    }, // cover
    TreeNode::Leaf(-0.028950),
    TreeNode::Split {
        feature: 13,
        threshold: 4.666279,
        left: 131,
        right: 132,
    }, // missing_weight
    TreeNode::Leaf(-0.286596),
    TreeNode::Leaf(-0.801558),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 134,
        right: 141,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 135,
        right: 138,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 136,
        right: 137,
    }, // text_sentences
    TreeNode::Leaf(0.518795),
    TreeNode::Leaf(-0.078908),
    TreeNode::Split {
        feature: 3,
        threshold: 0.514568,
        left: 139,
        right: 140,
    }, // text_coverage
    TreeNode::Leaf(0.065135),
    TreeNode::Leaf(-0.468162),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 142,
        right: 145,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 143,
        right: 144,
    }, // claim_terms
    TreeNode::Leaf(0.309283),
    TreeNode::Leaf(0.888033),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 146,
        right: 147,
    }, // text_pairs
    TreeNode::Leaf(-0.450695),
    TreeNode::Leaf(0.218493),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 149,
        right: 164,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 150,
        right: 157,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 151,
        right: 154,
    }, // unknown
    TreeNode::Split {
        feature: 3,
        threshold: 0.902960,
        left: 152,
        right: 153,
    }, // text_coverage
    TreeNode::Leaf(0.662848),
    TreeNode::Leaf(0.051758),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 155,
        right: 156,
    }, // text_sentences
    TreeNode::Leaf(-0.329818),
    TreeNode::Leaf(0.055780),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 158,
        right: 161,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 159,
        right: 160,
    }, // window_pairs
    TreeNode::Leaf(-0.048962),
    TreeNode::Leaf(0.500362),
    TreeNode::Split {
        feature: 5,
        threshold: 0.877547,
        left: 162,
        right: 163,
    }, // cover
    TreeNode::Leaf(-0.040948),
    TreeNode::Leaf(-0.780174),
    TreeNode::Leaf(0.555923),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 166,
        right: 177,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 167,
        right: 172,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 168,
        right: 171,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.259331,
        left: 169,
        right: 170,
    }, // dice
    TreeNode::Leaf(0.415137),
    TreeNode::Leaf(-0.520404),
    TreeNode::Leaf(0.595447),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 173,
        right: 174,
    }, // cover
    TreeNode::Leaf(-0.025433),
    TreeNode::Split {
        feature: 13,
        threshold: 4.666279,
        left: 175,
        right: 176,
    }, // missing_weight
    TreeNode::Leaf(-0.258759),
    TreeNode::Leaf(-0.757207),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 178,
        right: 185,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 179,
        right: 182,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 180,
        right: 181,
    }, // text_sentences
    TreeNode::Leaf(0.489375),
    TreeNode::Leaf(-0.071262),
    TreeNode::Split {
        feature: 1,
        threshold: 0.470175,
        left: 183,
        right: 184,
    }, // window_pairs
    TreeNode::Leaf(-0.049403),
    TreeNode::Leaf(-0.761709),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 186,
        right: 189,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.640635,
        left: 187,
        right: 188,
    }, // dice
    TreeNode::Leaf(0.698266),
    TreeNode::Leaf(0.005674),
    TreeNode::Split {
        feature: 5,
        threshold: 0.455786,
        left: 190,
        right: 191,
    }, // cover
    TreeNode::Leaf(-0.528968),
    TreeNode::Leaf(0.157343),
    TreeNode::Split {
        feature: 2,
        threshold: 0.456082,
        left: 193,
        right: 206,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395112,
        left: 194,
        right: 201,
    }, // window_coverage
    TreeNode::Split {
        feature: 6,
        threshold: 0.071429,
        left: 195,
        right: 198,
    }, // window_numbers
    TreeNode::Split {
        feature: 13,
        threshold: 15.708350,
        left: 196,
        right: 197,
    }, // missing_weight
    TreeNode::Leaf(1.364829),
    TreeNode::Leaf(-0.151168),
    TreeNode::Split {
        feature: 0,
        threshold: 0.324659,
        left: 199,
        right: 200,
    }, // window_coverage
    TreeNode::Leaf(-0.190634),
    TreeNode::Leaf(0.412484),
    TreeNode::Split {
        feature: 4,
        threshold: 0.279220,
        left: 202,
        right: 203,
    }, // text_pairs
    TreeNode::Leaf(-0.798351),
    TreeNode::Split {
        feature: 4,
        threshold: 0.369318,
        left: 204,
        right: 205,
    }, // text_pairs
    TreeNode::Leaf(0.334511),
    TreeNode::Leaf(-0.284468),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 207,
        right: 210,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.212406,
        left: 208,
        right: 209,
    }, // window_pairs
    TreeNode::Leaf(0.273304),
    TreeNode::Leaf(-0.770446),
    TreeNode::Split {
        feature: 5,
        threshold: 0.280733,
        left: 211,
        right: 212,
    }, // cover
    TreeNode::Leaf(0.735077),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 213,
        right: 214,
    }, // cover
    TreeNode::Leaf(-0.441881),
    TreeNode::Leaf(0.184964),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 216,
        right: 229,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 217,
        right: 224,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 218,
        right: 221,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 219,
        right: 220,
    }, // window_coverage
    TreeNode::Leaf(0.086288),
    TreeNode::Leaf(-0.182342),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 222,
        right: 223,
    }, // dice
    TreeNode::Leaf(0.749945),
    TreeNode::Leaf(0.201897),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 225,
        right: 226,
    }, // cover
    TreeNode::Leaf(-0.699402),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 227,
        right: 228,
    }, // text_pairs
    TreeNode::Leaf(0.154217),
    TreeNode::Leaf(-0.387250),
    TreeNode::Leaf(0.526281),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 231,
        right: 244,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 232,
        right: 239,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 233,
        right: 236,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 7.278046,
        left: 234,
        right: 235,
    }, // missing_weight
    TreeNode::Leaf(0.293453),
    TreeNode::Leaf(-0.544123),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 237,
        right: 238,
    }, // missing_weight
    TreeNode::Leaf(0.650227),
    TreeNode::Leaf(0.172563),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 240,
        right: 243,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 241,
        right: 242,
    }, // window_coverage
    TreeNode::Leaf(0.050796),
    TreeNode::Leaf(-0.432389),
    TreeNode::Leaf(-0.776173),
    TreeNode::Split {
        feature: 13,
        threshold: 9.439909,
        left: 245,
        right: 252,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 246,
        right: 249,
    }, // window_coverage
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 247,
        right: 248,
    }, // claim_terms
    TreeNode::Leaf(0.386129),
    TreeNode::Leaf(-0.354718),
    TreeNode::Split {
        feature: 7,
        threshold: 0.833333,
        left: 250,
        right: 251,
    }, // text_numbers
    TreeNode::Leaf(-0.555138),
    TreeNode::Leaf(0.297706),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 253,
        right: 256,
    }, // text_sentences
    TreeNode::Split {
        feature: 0,
        threshold: 0.335814,
        left: 254,
        right: 255,
    }, // window_coverage
    TreeNode::Leaf(0.231232),
    TreeNode::Leaf(-0.520637),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 257,
        right: 258,
    }, // text_sentences
    TreeNode::Leaf(0.597922),
    TreeNode::Leaf(0.050461),
    TreeNode::Split {
        feature: 2,
        threshold: 0.456082,
        left: 260,
        right: 271,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 261,
        right: 264,
    }, // text_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.410442,
        left: 262,
        right: 263,
    }, // text_coverage
    TreeNode::Leaf(1.016165),
    TreeNode::Leaf(-0.168650),
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 265,
        right: 268,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 266,
        right: 267,
    }, // text_sentences
    TreeNode::Leaf(0.144747),
    TreeNode::Leaf(-0.581280),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 269,
        right: 270,
    }, // text_sentences
    TreeNode::Leaf(-0.697739),
    TreeNode::Leaf(0.076169),
    TreeNode::Split {
        feature: 5,
        threshold: 0.266284,
        left: 272,
        right: 273,
    }, // cover
    TreeNode::Leaf(0.768413),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 274,
        right: 277,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.256579,
        left: 275,
        right: 276,
    }, // window_pairs
    TreeNode::Leaf(0.152900),
    TreeNode::Leaf(-0.706504),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 278,
        right: 279,
    }, // cover
    TreeNode::Leaf(-0.400542),
    TreeNode::Leaf(0.169480),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 281,
        right: 294,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 282,
        right: 287,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 283,
        right: 286,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 284,
        right: 285,
    }, // claim_terms
    TreeNode::Leaf(0.624644),
    TreeNode::Leaf(-0.029174),
    TreeNode::Leaf(-0.505796),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 288,
        right: 291,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.404837,
        left: 289,
        right: 290,
    }, // dice
    TreeNode::Leaf(0.109385),
    TreeNode::Leaf(0.847858),
    TreeNode::Split {
        feature: 11,
        threshold: 0.521903,
        left: 292,
        right: 293,
    }, // unknown
    TreeNode::Leaf(0.158156),
    TreeNode::Leaf(-0.277391),
    TreeNode::Leaf(-0.518232),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 296,
        right: 311,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 297,
        right: 304,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 298,
        right: 301,
    }, // unknown
    TreeNode::Split {
        feature: 3,
        threshold: 0.902960,
        left: 299,
        right: 300,
    }, // text_coverage
    TreeNode::Leaf(0.609305),
    TreeNode::Leaf(0.078206),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 302,
        right: 303,
    }, // text_sentences
    TreeNode::Leaf(-0.281766),
    TreeNode::Leaf(0.044402),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 305,
        right: 308,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 306,
        right: 307,
    }, // window_pairs
    TreeNode::Leaf(-0.066720),
    TreeNode::Leaf(0.471102),
    TreeNode::Split {
        feature: 5,
        threshold: 0.877547,
        left: 309,
        right: 310,
    }, // cover
    TreeNode::Leaf(-0.041968),
    TreeNode::Leaf(-0.687929),
    TreeNode::Leaf(0.495632),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 313,
        right: 326,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 314,
        right: 321,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 315,
        right: 318,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 316,
        right: 317,
    }, // window_coverage
    TreeNode::Leaf(0.183298),
    TreeNode::Leaf(-0.589452),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 319,
        right: 320,
    }, // missing_weight
    TreeNode::Leaf(0.612448),
    TreeNode::Leaf(0.154522),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 322,
        right: 325,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 323,
        right: 324,
    }, // window_coverage
    TreeNode::Leaf(0.051677),
    TreeNode::Leaf(-0.399945),
    TreeNode::Leaf(-0.738136),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 327,
        right: 334,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 328,
        right: 331,
    }, // claim_terms
    TreeNode::Split {
        feature: 3,
        threshold: 0.414285,
        left: 329,
        right: 330,
    }, // text_coverage
    TreeNode::Leaf(0.495501),
    TreeNode::Leaf(-0.224631),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 332,
        right: 333,
    }, // window_pairs
    TreeNode::Leaf(-0.781342),
    TreeNode::Leaf(-0.040292),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 335,
        right: 338,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 336,
        right: 337,
    }, // claim_terms
    TreeNode::Leaf(0.165035),
    TreeNode::Leaf(0.749999),
    TreeNode::Split {
        feature: 4,
        threshold: 0.314144,
        left: 339,
        right: 340,
    }, // text_pairs
    TreeNode::Leaf(-0.397835),
    TreeNode::Leaf(0.169506),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 342,
        right: 351,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 343,
        right: 348,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 344,
        right: 347,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 345,
        right: 346,
    }, // claim_terms
    TreeNode::Leaf(0.556213),
    TreeNode::Leaf(-0.025426),
    TreeNode::Leaf(-0.486988),
    TreeNode::Split {
        feature: 11,
        threshold: 0.645099,
        left: 349,
        right: 350,
    }, // unknown
    TreeNode::Leaf(-0.116620),
    TreeNode::Leaf(0.607519),
    TreeNode::Leaf(-0.501297),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 353,
        right: 364,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 354,
        right: 357,
    }, // text_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.408463,
        left: 355,
        right: 356,
    }, // text_coverage
    TreeNode::Leaf(1.006283),
    TreeNode::Leaf(-0.218743),
    TreeNode::Split {
        feature: 1,
        threshold: 0.298148,
        left: 358,
        right: 361,
    }, // window_pairs
    TreeNode::Split {
        feature: 3,
        threshold: 0.596159,
        left: 359,
        right: 360,
    }, // text_coverage
    TreeNode::Leaf(-0.030547),
    TreeNode::Leaf(-0.463070),
    TreeNode::Split {
        feature: 2,
        threshold: 0.426740,
        left: 362,
        right: 363,
    }, // dice
    TreeNode::Leaf(-0.216492),
    TreeNode::Leaf(0.288760),
    TreeNode::Split {
        feature: 1,
        threshold: 0.229021,
        left: 365,
        right: 366,
    }, // window_pairs
    TreeNode::Leaf(0.804204),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 367,
        right: 370,
    }, // claim_terms
    TreeNode::Split {
        feature: 1,
        threshold: 0.585714,
        left: 368,
        right: 369,
    }, // window_pairs
    TreeNode::Leaf(0.040997),
    TreeNode::Leaf(-0.776726),
    TreeNode::Split {
        feature: 5,
        threshold: 0.679035,
        left: 371,
        right: 372,
    }, // cover
    TreeNode::Leaf(-0.199569),
    TreeNode::Leaf(0.268879),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 374,
        right: 389,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 375,
        right: 382,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 376,
        right: 379,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 377,
        right: 378,
    }, // text_numbers
    TreeNode::Leaf(0.518631),
    TreeNode::Leaf(-0.078067),
    TreeNode::Split {
        feature: 1,
        threshold: 0.204167,
        left: 380,
        right: 381,
    }, // window_pairs
    TreeNode::Leaf(0.772354),
    TreeNode::Leaf(0.209041),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 383,
        right: 386,
    }, // window_coverage
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 384,
        right: 385,
    }, // has_numbers
    TreeNode::Leaf(-0.690715),
    TreeNode::Leaf(-0.041050),
    TreeNode::Split {
        feature: 0,
        threshold: 0.917851,
        left: 387,
        right: 388,
    }, // window_coverage
    TreeNode::Leaf(0.356993),
    TreeNode::Leaf(-0.145055),
    TreeNode::Leaf(0.470555),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 391,
        right: 404,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 392,
        right: 399,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 393,
        right: 396,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 7.278046,
        left: 394,
        right: 395,
    }, // missing_weight
    TreeNode::Leaf(0.232108),
    TreeNode::Leaf(-0.508218),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 397,
        right: 398,
    }, // missing_weight
    TreeNode::Leaf(0.581660),
    TreeNode::Leaf(0.141364),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 400,
        right: 403,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 401,
        right: 402,
    }, // window_coverage
    TreeNode::Leaf(0.055494),
    TreeNode::Leaf(-0.369171),
    TreeNode::Leaf(-0.692995),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 405,
        right: 412,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.663375,
        left: 406,
        right: 409,
    }, // window_coverage
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 407,
        right: 408,
    }, // claim_terms
    TreeNode::Leaf(0.420203),
    TreeNode::Leaf(-0.391329),
    TreeNode::Split {
        feature: 6,
        threshold: 0.708333,
        left: 410,
        right: 411,
    }, // window_numbers
    TreeNode::Leaf(-0.451024),
    TreeNode::Leaf(0.287441),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 413,
        right: 416,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.215838,
        left: 414,
        right: 415,
    }, // text_pairs
    TreeNode::Leaf(0.128143),
    TreeNode::Leaf(-0.391363),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 417,
        right: 418,
    }, // claim_terms
    TreeNode::Leaf(0.262761),
    TreeNode::Leaf(0.636474),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 420,
        right: 433,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 421,
        right: 426,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 422,
        right: 425,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 423,
        right: 424,
    }, // claim_terms
    TreeNode::Leaf(0.471579),
    TreeNode::Leaf(-0.018400),
    TreeNode::Leaf(-0.464769),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 427,
        right: 430,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.404837,
        left: 428,
        right: 429,
    }, // dice
    TreeNode::Leaf(0.081696),
    TreeNode::Leaf(0.734224),
    TreeNode::Split {
        feature: 11,
        threshold: 0.521903,
        left: 431,
        right: 432,
    }, // unknown
    TreeNode::Leaf(0.165869),
    TreeNode::Leaf(-0.270402),
    TreeNode::Leaf(-0.479645),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 435,
        right: 446,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 436,
        right: 439,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 437,
        right: 438,
    }, // text_sentences
    TreeNode::Leaf(-0.094416),
    TreeNode::Leaf(0.674480),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 440,
        right: 443,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.358021,
        left: 441,
        right: 442,
    }, // cover
    TreeNode::Leaf(0.142326),
    TreeNode::Leaf(-0.301981),
    TreeNode::Split {
        feature: 5,
        threshold: 0.249258,
        left: 444,
        right: 445,
    }, // cover
    TreeNode::Leaf(0.636330),
    TreeNode::Leaf(0.024103),
    TreeNode::Leaf(-0.464023),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 448,
        right: 457,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 449,
        right: 456,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.759615,
        left: 450,
        right: 453,
    }, // text_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 451,
        right: 452,
    }, // window_coverage
    TreeNode::Leaf(-0.030076),
    TreeNode::Leaf(0.289998),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 454,
        right: 455,
    }, // text_sentences
    TreeNode::Leaf(0.333280),
    TreeNode::Leaf(-0.505925),
    TreeNode::Leaf(-0.541806),
    TreeNode::Leaf(0.446610),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 459,
        right: 474,
    }, // names
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 460,
        right: 467,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 461,
        right: 464,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 462,
        right: 463,
    }, // claim_terms
    TreeNode::Leaf(0.073989),
    TreeNode::Leaf(0.558833),
    TreeNode::Split {
        feature: 5,
        threshold: 0.425620,
        left: 465,
        right: 466,
    }, // cover
    TreeNode::Leaf(-0.415991),
    TreeNode::Leaf(0.152254),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 468,
        right: 471,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 469,
        right: 470,
    }, // text_sentences
    TreeNode::Leaf(-0.208894),
    TreeNode::Leaf(0.213824),
    TreeNode::Split {
        feature: 1,
        threshold: 0.279220,
        left: 472,
        right: 473,
    }, // window_pairs
    TreeNode::Leaf(-0.765422),
    TreeNode::Leaf(-0.127942),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 475,
        right: 482,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.355355,
        left: 476,
        right: 479,
    }, // dice
    TreeNode::Split {
        feature: 11,
        threshold: 0.588534,
        left: 477,
        right: 478,
    }, // unknown
    TreeNode::Leaf(-0.604315),
    TreeNode::Leaf(0.010145),
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 480,
        right: 481,
    }, // claim_terms
    TreeNode::Leaf(0.319475),
    TreeNode::Leaf(-0.059118),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 483,
        right: 486,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 17.170755,
        left: 484,
        right: 485,
    }, // missing_weight
    TreeNode::Leaf(0.669479),
    TreeNode::Leaf(0.033074),
    TreeNode::Split {
        feature: 5,
        threshold: 0.455786,
        left: 487,
        right: 488,
    }, // cover
    TreeNode::Leaf(-0.466840),
    TreeNode::Leaf(0.129606),
    TreeNode::Split {
        feature: 11,
        threshold: 0.812816,
        left: 490,
        right: 505,
    }, // unknown
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 491,
        right: 498,
    }, // text_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 492,
        right: 495,
    }, // text_sentences
    TreeNode::Split {
        feature: 3,
        threshold: 0.431302,
        left: 493,
        right: 494,
    }, // text_coverage
    TreeNode::Leaf(0.479762),
    TreeNode::Leaf(-0.040604),
    TreeNode::Split {
        feature: 14,
        threshold: 4.196948,
        left: 496,
        right: 497,
    }, // text_sentences
    TreeNode::Leaf(-0.362132),
    TreeNode::Leaf(0.213589),
    TreeNode::Split {
        feature: 7,
        threshold: 0.900000,
        left: 499,
        right: 502,
    }, // text_numbers
    TreeNode::Split {
        feature: 4,
        threshold: 0.379807,
        left: 500,
        right: 501,
    }, // text_pairs
    TreeNode::Leaf(0.264076),
    TreeNode::Leaf(-0.674618),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 503,
        right: 504,
    }, // window_coverage
    TreeNode::Leaf(-0.091417),
    TreeNode::Leaf(0.238049),
    TreeNode::Split {
        feature: 13,
        threshold: 17.288539,
        left: 506,
        right: 507,
    }, // missing_weight
    TreeNode::Leaf(-0.471271),
    TreeNode::Leaf(0.032377),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 509,
        right: 520,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 510,
        right: 515,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 511,
        right: 514,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 512,
        right: 513,
    }, // claim_terms
    TreeNode::Leaf(0.410759),
    TreeNode::Leaf(-0.017912),
    TreeNode::Leaf(-0.438461),
    TreeNode::Split {
        feature: 3,
        threshold: 0.354901,
        left: 516,
        right: 519,
    }, // text_coverage
    TreeNode::Split {
        feature: 1,
        threshold: 0.044643,
        left: 517,
        right: 518,
    }, // window_pairs
    TreeNode::Leaf(0.123520),
    TreeNode::Leaf(0.586361),
    TreeNode::Leaf(-0.091868),
    TreeNode::Leaf(-0.441001),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 522,
        right: 537,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 523,
        right: 530,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 524,
        right: 527,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895834,
        left: 525,
        right: 526,
    }, // text_coverage
    TreeNode::Leaf(0.005136),
    TreeNode::Leaf(-0.381862),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 528,
        right: 529,
    }, // dice
    TreeNode::Leaf(0.657400),
    TreeNode::Leaf(0.144416),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 531,
        right: 534,
    }, // window_coverage
    TreeNode::Split {
        feature: 13,
        threshold: 2.802901,
        left: 532,
        right: 533,
    }, // missing_weight
    TreeNode::Leaf(-0.649753),
    TreeNode::Leaf(-0.015423),
    TreeNode::Split {
        feature: 0,
        threshold: 0.917851,
        left: 535,
        right: 536,
    }, // window_coverage
    TreeNode::Leaf(0.332798),
    TreeNode::Leaf(-0.136252),
    TreeNode::Leaf(0.422684),
    TreeNode::Split {
        feature: 0,
        threshold: 0.103840,
        left: 539,
        right: 542,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.693347,
        left: 540,
        right: 541,
    }, // unknown
    TreeNode::Leaf(0.599749),
    TreeNode::Leaf(-0.062374),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 543,
        right: 550,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.386459,
        left: 544,
        right: 547,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395139,
        left: 545,
        right: 546,
    }, // window_coverage
    TreeNode::Leaf(0.236978),
    TreeNode::Leaf(-0.320729),
    TreeNode::Split {
        feature: 1,
        threshold: 0.218254,
        left: 548,
        right: 549,
    }, // window_pairs
    TreeNode::Leaf(-0.570883),
    TreeNode::Leaf(-0.045223),
    TreeNode::Split {
        feature: 5,
        threshold: 0.249258,
        left: 551,
        right: 552,
    }, // cover
    TreeNode::Leaf(0.556844),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 553,
        right: 554,
    }, // cover
    TreeNode::Leaf(-0.347596),
    TreeNode::Leaf(0.079414),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 556,
        right: 565,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.104597,
        left: 557,
        right: 558,
    }, // window_coverage
    TreeNode::Leaf(0.402730),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 559,
        right: 562,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 560,
        right: 561,
    }, // missing_weight
    TreeNode::Leaf(0.148595),
    TreeNode::Leaf(-0.150070),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 563,
        right: 564,
    }, // text_sentences
    TreeNode::Leaf(0.499259),
    TreeNode::Leaf(-0.070337),
    TreeNode::Leaf(-0.422882),
    TreeNode::Split {
        feature: 11,
        threshold: 0.844058,
        left: 567,
        right: 578,
    }, // unknown
    TreeNode::Split {
        feature: 0,
        threshold: 0.144752,
        left: 568,
        right: 571,
    }, // window_coverage
    TreeNode::Split {
        feature: 10,
        threshold: 1.700598,
        left: 569,
        right: 570,
    }, // claim_terms
    TreeNode::Leaf(0.143973),
    TreeNode::Leaf(0.649720),
    TreeNode::Split {
        feature: 2,
        threshold: 0.312877,
        left: 572,
        right: 575,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 573,
        right: 574,
    }, // window_numbers
    TreeNode::Leaf(0.232278),
    TreeNode::Leaf(-0.454570),
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 576,
        right: 577,
    }, // claim_terms
    TreeNode::Leaf(0.307384),
    TreeNode::Leaf(-0.026069),
    TreeNode::Leaf(-0.342330),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 580,
        right: 593,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 581,
        right: 588,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 582,
        right: 585,
    }, // cover
    TreeNode::Split {
        feature: 0,
        threshold: 0.211719,
        left: 583,
        right: 584,
    }, // window_coverage
    TreeNode::Leaf(0.120939),
    TreeNode::Leaf(-0.543883),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 586,
        right: 587,
    }, // missing_weight
    TreeNode::Leaf(0.567872),
    TreeNode::Leaf(0.136514),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 589,
        right: 590,
    }, // cover
    TreeNode::Leaf(0.049873),
    TreeNode::Split {
        feature: 12,
        threshold: 0.738636,
        left: 591,
        right: 592,
    }, // names
    TreeNode::Leaf(-0.694384),
    TreeNode::Leaf(-0.204594),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 594,
        right: 601,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 595,
        right: 598,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.663375,
        left: 596,
        right: 597,
    }, // window_coverage
    TreeNode::Leaf(-0.270982),
    TreeNode::Leaf(0.106099),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 599,
        right: 600,
    }, // text_pairs
    TreeNode::Leaf(-0.027844),
    TreeNode::Leaf(0.443853),
    TreeNode::Leaf(0.567083),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 603,
        right: 616,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 604,
        right: 611,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 605,
        right: 608,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 606,
        right: 607,
    }, // dice
    TreeNode::Leaf(-0.044467),
    TreeNode::Leaf(0.445163),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 609,
        right: 610,
    }, // cover
    TreeNode::Leaf(-0.565678),
    TreeNode::Leaf(-0.139791),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 612,
        right: 615,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 1.868835,
        left: 613,
        right: 614,
    }, // missing_weight
    TreeNode::Leaf(0.329456),
    TreeNode::Leaf(0.012280),
    TreeNode::Leaf(0.590956),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 617,
        right: 620,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 618,
        right: 619,
    }, // window_pairs
    TreeNode::Leaf(-0.168731),
    TreeNode::Leaf(0.530588),
    TreeNode::Split {
        feature: 2,
        threshold: 0.772981,
        left: 621,
        right: 624,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 622,
        right: 623,
    }, // text_sentences
    TreeNode::Leaf(-0.749297),
    TreeNode::Leaf(-0.196417),
    TreeNode::Leaf(0.257002),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 626,
        right: 641,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 627,
        right: 634,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 628,
        right: 631,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 629,
        right: 630,
    }, // missing_weight
    TreeNode::Leaf(0.101641),
    TreeNode::Leaf(-0.725282),
    TreeNode::Split {
        feature: 13,
        threshold: 12.176823,
        left: 632,
        right: 633,
    }, // missing_weight
    TreeNode::Leaf(0.666719),
    TreeNode::Leaf(0.039900),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 635,
        right: 638,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.218254,
        left: 636,
        right: 637,
    }, // text_pairs
    TreeNode::Leaf(-0.146032),
    TreeNode::Leaf(-0.707289),
    TreeNode::Split {
        feature: 7,
        threshold: 0.416666,
        left: 639,
        right: 640,
    }, // text_numbers
    TreeNode::Leaf(-0.573677),
    TreeNode::Leaf(0.080686),
    TreeNode::Leaf(-0.410212),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 643,
        right: 658,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 644,
        right: 651,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 645,
        right: 648,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 646,
        right: 647,
    }, // missing_weight
    TreeNode::Leaf(-0.023264),
    TreeNode::Leaf(-0.699390),
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 649,
        right: 650,
    }, // dice
    TreeNode::Leaf(-0.002619),
    TreeNode::Leaf(0.469497),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 652,
        right: 655,
    }, // text_sentences
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 653,
        right: 654,
    }, // has_numbers
    TreeNode::Leaf(0.541109),
    TreeNode::Leaf(-0.057828),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 656,
        right: 657,
    }, // text_sentences
    TreeNode::Leaf(-0.796469),
    TreeNode::Leaf(-0.033255),
    TreeNode::Leaf(0.387406),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 660,
        right: 667,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.093074,
        left: 661,
        right: 666,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 4.276666,
        left: 662,
        right: 663,
    }, // missing_weight
    TreeNode::Leaf(0.469328),
    TreeNode::Split {
        feature: 1,
        threshold: 0.054094,
        left: 664,
        right: 665,
    }, // window_pairs
    TreeNode::Leaf(-0.236419),
    TreeNode::Leaf(0.175110),
    TreeNode::Leaf(0.545621),
    TreeNode::Split {
        feature: 7,
        threshold: 0.900000,
        left: 668,
        right: 673,
    }, // text_numbers
    TreeNode::Split {
        feature: 4,
        threshold: 0.379807,
        left: 669,
        right: 672,
    }, // text_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.341251,
        left: 670,
        right: 671,
    }, // window_coverage
    TreeNode::Leaf(0.476619),
    TreeNode::Leaf(-0.086228),
    TreeNode::Leaf(-0.615167),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850536,
        left: 674,
        right: 677,
    }, // window_coverage
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 675,
        right: 676,
    }, // text_pairs
    TreeNode::Leaf(-0.012265),
    TreeNode::Leaf(-0.488293),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 678,
        right: 679,
    }, // text_sentences
    TreeNode::Leaf(0.576043),
    TreeNode::Leaf(0.054789),
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 681,
        right: 694,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.569981,
        left: 682,
        right: 689,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 683,
        right: 686,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 684,
        right: 685,
    }, // text_sentences
    TreeNode::Leaf(-0.046262),
    TreeNode::Leaf(0.339590),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 687,
        right: 688,
    }, // cover
    TreeNode::Leaf(-0.519484),
    TreeNode::Leaf(-0.025782),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 690,
        right: 691,
    }, // dice
    TreeNode::Leaf(0.582556),
    TreeNode::Split {
        feature: 2,
        threshold: 0.609878,
        left: 692,
        right: 693,
    }, // dice
    TreeNode::Leaf(-0.419759),
    TreeNode::Leaf(0.550379),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 695,
        right: 700,
    }, // window_coverage
    TreeNode::Split {
        feature: 13,
        threshold: 2.802901,
        left: 696,
        right: 697,
    }, // missing_weight
    TreeNode::Leaf(-0.585949),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 698,
        right: 699,
    }, // dice
    TreeNode::Leaf(-0.315840),
    TreeNode::Leaf(0.309541),
    TreeNode::Split {
        feature: 2,
        threshold: 0.772981,
        left: 701,
        right: 702,
    }, // dice
    TreeNode::Leaf(-0.032605),
    TreeNode::Leaf(0.458526),
    TreeNode::Split {
        feature: 0,
        threshold: 0.103840,
        left: 704,
        right: 707,
    }, // window_coverage
    TreeNode::Split {
        feature: 3,
        threshold: 0.087121,
        left: 705,
        right: 706,
    }, // text_coverage
    TreeNode::Leaf(-0.067101),
    TreeNode::Leaf(0.527341),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 708,
        right: 715,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.386459,
        left: 709,
        right: 712,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395139,
        left: 710,
        right: 711,
    }, // window_coverage
    TreeNode::Leaf(0.230270),
    TreeNode::Leaf(-0.277983),
    TreeNode::Split {
        feature: 2,
        threshold: 0.403293,
        left: 713,
        right: 714,
    }, // dice
    TreeNode::Leaf(-0.621604),
    TreeNode::Leaf(-0.163445),
    TreeNode::Split {
        feature: 5,
        threshold: 0.250077,
        left: 716,
        right: 717,
    }, // cover
    TreeNode::Leaf(0.511697),
    TreeNode::Split {
        feature: 5,
        threshold: 0.399853,
        left: 718,
        right: 719,
    }, // cover
    TreeNode::Leaf(-0.337285),
    TreeNode::Leaf(0.062595),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 721,
        right: 732,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 722,
        right: 727,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 723,
        right: 726,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 724,
        right: 725,
    }, // text_sentences
    TreeNode::Leaf(-0.235411),
    TreeNode::Leaf(0.076692),
    TreeNode::Leaf(-0.451346),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 728,
        right: 731,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 1.868835,
        left: 729,
        right: 730,
    }, // missing_weight
    TreeNode::Leaf(0.321754),
    TreeNode::Leaf(0.013038),
    TreeNode::Leaf(0.546299),
    TreeNode::Split {
        feature: 1,
        threshold: 0.847320,
        left: 733,
        right: 738,
    }, // window_pairs
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 734,
        right: 737,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.700598,
        left: 735,
        right: 736,
    }, // text_sentences
    TreeNode::Leaf(-0.330475),
    TreeNode::Leaf(0.208278),
    TreeNode::Leaf(-0.600609),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 739,
        right: 740,
    }, // text_sentences
    TreeNode::Leaf(0.454165),
    TreeNode::Leaf(-0.094160),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 742,
        right: 757,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 743,
        right: 750,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 744,
        right: 747,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 745,
        right: 746,
    }, // missing_weight
    TreeNode::Leaf(0.107664),
    TreeNode::Leaf(-0.622711),
    TreeNode::Split {
        feature: 13,
        threshold: 12.176823,
        left: 748,
        right: 749,
    }, // missing_weight
    TreeNode::Leaf(0.593371),
    TreeNode::Leaf(0.022244),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 751,
        right: 754,
    }, // text_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 4.118740,
        left: 752,
        right: 753,
    }, // text_sentences
    TreeNode::Leaf(-0.565149),
    TreeNode::Leaf(-0.011489),
    TreeNode::Split {
        feature: 7,
        threshold: 0.416666,
        left: 755,
        right: 756,
    }, // text_numbers
    TreeNode::Leaf(-0.519775),
    TreeNode::Leaf(0.072391),
    TreeNode::Leaf(-0.394936),
    TreeNode::Split {
        feature: 0,
        threshold: 0.103840,
        left: 759,
        right: 762,
    }, // window_coverage
    TreeNode::Split {
        feature: 3,
        threshold: 0.087121,
        left: 760,
        right: 761,
    }, // text_coverage
    TreeNode::Leaf(-0.053021),
    TreeNode::Leaf(0.495895),
    TreeNode::Split {
        feature: 2,
        threshold: 0.419559,
        left: 763,
        right: 770,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.386459,
        left: 764,
        right: 767,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395139,
        left: 765,
        right: 766,
    }, // window_coverage
    TreeNode::Leaf(0.201148),
    TreeNode::Leaf(-0.259032),
    TreeNode::Split {
        feature: 1,
        threshold: 0.218254,
        left: 768,
        right: 769,
    }, // window_pairs
    TreeNode::Leaf(-0.492453),
    TreeNode::Leaf(-0.027424),
    TreeNode::Split {
        feature: 2,
        threshold: 0.431113,
        left: 771,
        right: 772,
    }, // dice
    TreeNode::Leaf(0.464023),
    TreeNode::Split {
        feature: 5,
        threshold: 0.249258,
        left: 773,
        right: 774,
    }, // cover
    TreeNode::Leaf(0.544787),
    TreeNode::Leaf(-0.041535),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 776,
        right: 789,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 777,
        right: 784,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 778,
        right: 781,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 7.278046,
        left: 779,
        right: 780,
    }, // missing_weight
    TreeNode::Leaf(0.187193),
    TreeNode::Leaf(-0.467431),
    TreeNode::Split {
        feature: 13,
        threshold: 11.343026,
        left: 782,
        right: 783,
    }, // missing_weight
    TreeNode::Leaf(0.532594),
    TreeNode::Leaf(0.099488),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 785,
        right: 788,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 786,
        right: 787,
    }, // window_coverage
    TreeNode::Leaf(0.105312),
    TreeNode::Leaf(-0.306723),
    TreeNode::Leaf(-0.621538),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 790,
        right: 795,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 791,
        right: 794,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.212101,
        left: 792,
        right: 793,
    }, // text_sentences
    TreeNode::Leaf(0.002847),
    TreeNode::Leaf(0.312047),
    TreeNode::Leaf(-0.432763),
    TreeNode::Leaf(0.519417),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 797,
        right: 808,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 798,
        right: 803,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 799,
        right: 802,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.071429,
        left: 800,
        right: 801,
    }, // window_numbers
    TreeNode::Leaf(0.497804),
    TreeNode::Leaf(-0.062596),
    TreeNode::Leaf(0.483100),
    TreeNode::Split {
        feature: 13,
        threshold: 10.895739,
        left: 804,
        right: 807,
    }, // missing_weight
    TreeNode::Split {
        feature: 4,
        threshold: 0.458041,
        left: 805,
        right: 806,
    }, // text_pairs
    TreeNode::Leaf(-0.199191),
    TreeNode::Leaf(-0.571552),
    TreeNode::Leaf(0.201499),
    TreeNode::Split {
        feature: 7,
        threshold: 0.833333,
        left: 809,
        right: 810,
    }, // text_numbers
    TreeNode::Leaf(-0.429436),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 811,
        right: 814,
    }, // text_sentences
    TreeNode::Split {
        feature: 11,
        threshold: 0.162638,
        left: 812,
        right: 813,
    }, // unknown
    TreeNode::Leaf(0.617011),
    TreeNode::Leaf(0.202671),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 815,
        right: 816,
    }, // text_sentences
    TreeNode::Leaf(-0.369916),
    TreeNode::Leaf(0.303274),
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 818,
        right: 831,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 819,
        right: 824,
    }, // unknown
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 820,
        right: 823,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.628681,
        left: 821,
        right: 822,
    }, // window_coverage
    TreeNode::Leaf(0.113545),
    TreeNode::Leaf(0.680427),
    TreeNode::Leaf(-0.062357),
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 825,
        right: 828,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 826,
        right: 827,
    }, // text_sentences
    TreeNode::Leaf(-0.286496),
    TreeNode::Leaf(0.150081),
    TreeNode::Split {
        feature: 1,
        threshold: 0.281746,
        left: 829,
        right: 830,
    }, // window_pairs
    TreeNode::Leaf(-0.308531),
    TreeNode::Leaf(0.052504),
    TreeNode::Split {
        feature: 1,
        threshold: 0.847320,
        left: 832,
        right: 835,
    }, // window_pairs
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 833,
        right: 834,
    }, // claim_terms
    TreeNode::Leaf(-0.113638),
    TreeNode::Leaf(-0.584123),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 836,
        right: 837,
    }, // text_sentences
    TreeNode::Leaf(0.427065),
    TreeNode::Leaf(-0.087439),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 839,
        right: 850,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 840,
        right: 843,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 841,
        right: 842,
    }, // text_sentences
    TreeNode::Leaf(-0.075658),
    TreeNode::Leaf(0.519023),
    TreeNode::Split {
        feature: 2,
        threshold: 0.314598,
        left: 844,
        right: 847,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.134548,
        left: 845,
        right: 846,
    }, // text_sentences
    TreeNode::Leaf(-0.395270),
    TreeNode::Leaf(0.181841),
    TreeNode::Split {
        feature: 2,
        threshold: 0.331498,
        left: 848,
        right: 849,
    }, // dice
    TreeNode::Leaf(0.445458),
    TreeNode::Leaf(0.000270),
    TreeNode::Leaf(-0.381840),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 852,
        right: 867,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 853,
        right: 860,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 854,
        right: 857,
    }, // missing_weight
    TreeNode::Split {
        feature: 6,
        threshold: 0.833333,
        left: 855,
        right: 856,
    }, // window_numbers
    TreeNode::Leaf(-0.405956),
    TreeNode::Leaf(0.306816),
    TreeNode::Split {
        feature: 4,
        threshold: 0.414216,
        left: 858,
        right: 859,
    }, // text_pairs
    TreeNode::Leaf(0.009815),
    TreeNode::Leaf(-0.422950),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 861,
        right: 864,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 16.892274,
        left: 862,
        right: 863,
    }, // missing_weight
    TreeNode::Leaf(0.253469),
    TreeNode::Leaf(-0.355208),
    TreeNode::Split {
        feature: 2,
        threshold: 0.641681,
        left: 865,
        right: 866,
    }, // dice
    TreeNode::Leaf(0.658165),
    TreeNode::Leaf(-0.001029),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 868,
        right: 873,
    }, // cover
    TreeNode::Split {
        feature: 4,
        threshold: 0.118056,
        left: 869,
        right: 872,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.410427,
        left: 870,
        right: 871,
    }, // dice
    TreeNode::Leaf(0.102656),
    TreeNode::Leaf(-0.358680),
    TreeNode::Leaf(-0.650294),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 874,
        right: 875,
    }, // window_pairs
    TreeNode::Leaf(0.564607),
    TreeNode::Split {
        feature: 2,
        threshold: 0.572428,
        left: 876,
        right: 877,
    }, // dice
    TreeNode::Leaf(-0.236762),
    TreeNode::Leaf(0.247729),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 879,
        right: 892,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 880,
        right: 887,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 881,
        right: 884,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550374,
        left: 882,
        right: 883,
    }, // dice
    TreeNode::Leaf(-0.035073),
    TreeNode::Leaf(0.355178),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 885,
        right: 886,
    }, // cover
    TreeNode::Leaf(-0.465573),
    TreeNode::Leaf(-0.109231),
    TreeNode::Split {
        feature: 0,
        threshold: 0.721997,
        left: 888,
        right: 889,
    }, // window_coverage
    TreeNode::Leaf(0.136369),
    TreeNode::Split {
        feature: 0,
        threshold: 0.829520,
        left: 890,
        right: 891,
    }, // window_coverage
    TreeNode::Leaf(0.541431),
    TreeNode::Leaf(0.156619),
    TreeNode::Split {
        feature: 0,
        threshold: 0.844180,
        left: 893,
        right: 896,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.734123,
        left: 894,
        right: 895,
    }, // window_coverage
    TreeNode::Leaf(-0.068556),
    TreeNode::Leaf(-0.684870),
    TreeNode::Split {
        feature: 2,
        threshold: 0.772981,
        left: 897,
        right: 900,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 898,
        right: 899,
    }, // text_sentences
    TreeNode::Leaf(0.192621),
    TreeNode::Leaf(-0.285272),
    TreeNode::Leaf(0.382159),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 902,
        right: 909,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.093074,
        left: 903,
        right: 908,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 4.276666,
        left: 904,
        right: 905,
    }, // missing_weight
    TreeNode::Leaf(0.442906),
    TreeNode::Split {
        feature: 1,
        threshold: 0.054094,
        left: 906,
        right: 907,
    }, // window_pairs
    TreeNode::Leaf(-0.231537),
    TreeNode::Leaf(0.172109),
    TreeNode::Leaf(0.482797),
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 910,
        right: 917,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 911,
        right: 914,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.570497,
        left: 912,
        right: 913,
    }, // dice
    TreeNode::Leaf(-0.069632),
    TreeNode::Leaf(0.442114),
    TreeNode::Split {
        feature: 1,
        threshold: 0.458041,
        left: 915,
        right: 916,
    }, // window_pairs
    TreeNode::Leaf(-0.472097),
    TreeNode::Leaf(0.003310),
    TreeNode::Split {
        feature: 1,
        threshold: 0.464102,
        left: 918,
        right: 921,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.500344,
        left: 919,
        right: 920,
    }, // dice
    TreeNode::Leaf(0.047214),
    TreeNode::Leaf(0.664663),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 922,
        right: 923,
    }, // text_sentences
    TreeNode::Leaf(0.220511),
    TreeNode::Leaf(-0.254923),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 925,
        right: 934,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 926,
        right: 929,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 927,
        right: 928,
    }, // text_sentences
    TreeNode::Leaf(-0.067507),
    TreeNode::Leaf(0.488024),
    TreeNode::Split {
        feature: 3,
        threshold: 0.186558,
        left: 930,
        right: 931,
    }, // text_coverage
    TreeNode::Leaf(-0.328084),
    TreeNode::Split {
        feature: 11,
        threshold: 0.643250,
        left: 932,
        right: 933,
    }, // unknown
    TreeNode::Leaf(-0.030141),
    TreeNode::Leaf(0.231947),
    TreeNode::Leaf(-0.362367),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 936,
        right: 951,
    }, // names
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 937,
        right: 944,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 938,
        right: 941,
    }, // text_sentences
    TreeNode::Split {
        feature: 12,
        threshold: 0.100000,
        left: 939,
        right: 940,
    }, // names
    TreeNode::Leaf(0.052748),
    TreeNode::Leaf(0.547620),
    TreeNode::Split {
        feature: 5,
        threshold: 0.425620,
        left: 942,
        right: 943,
    }, // cover
    TreeNode::Leaf(-0.380117),
    TreeNode::Leaf(0.119991),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 945,
        right: 948,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 946,
        right: 947,
    }, // text_sentences
    TreeNode::Leaf(-0.165130),
    TreeNode::Leaf(0.230137),
    TreeNode::Split {
        feature: 1,
        threshold: 0.279220,
        left: 949,
        right: 950,
    }, // window_pairs
    TreeNode::Leaf(-0.692003),
    TreeNode::Leaf(-0.089600),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 952,
        right: 957,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 953,
        right: 956,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.212101,
        left: 954,
        right: 955,
    }, // text_sentences
    TreeNode::Leaf(0.005649),
    TreeNode::Leaf(0.289730),
    TreeNode::Leaf(-0.400957),
    TreeNode::Leaf(0.480282),
    TreeNode::Split {
        feature: 2,
        threshold: 0.631105,
        left: 959,
        right: 972,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.575460,
        left: 960,
        right: 967,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895834,
        left: 961,
        right: 964,
    }, // text_coverage
    TreeNode::Split {
        feature: 13,
        threshold: 2.602003,
        left: 962,
        right: 963,
    }, // missing_weight
    TreeNode::Leaf(0.477037),
    TreeNode::Leaf(-0.038024),
    TreeNode::Split {
        feature: 0,
        threshold: 0.824684,
        left: 965,
        right: 966,
    }, // window_coverage
    TreeNode::Leaf(-0.430136),
    TreeNode::Leaf(-0.046153),
    TreeNode::Split {
        feature: 2,
        threshold: 0.594486,
        left: 968,
        right: 969,
    }, // dice
    TreeNode::Leaf(0.581792),
    TreeNode::Split {
        feature: 2,
        threshold: 0.609878,
        left: 970,
        right: 971,
    }, // dice
    TreeNode::Leaf(-0.412247),
    TreeNode::Leaf(0.483478),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 973,
        right: 974,
    }, // claim_terms
    TreeNode::Leaf(-0.478513),
    TreeNode::Split {
        feature: 2,
        threshold: 0.681291,
        left: 975,
        right: 976,
    }, // dice
    TreeNode::Leaf(-0.389146),
    TreeNode::Split {
        feature: 10,
        threshold: 2.602003,
        left: 977,
        right: 978,
    }, // claim_terms
    TreeNode::Leaf(0.440316),
    TreeNode::Leaf(-0.259128),
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 980,
        right: 993,
    }, // has_numbers
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 981,
        right: 986,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.600940,
        left: 982,
        right: 985,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 983,
        right: 984,
    }, // dice
    TreeNode::Leaf(-0.074685),
    TreeNode::Leaf(0.420657),
    TreeNode::Leaf(-0.477178),
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 987,
        right: 990,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 988,
        right: 989,
    }, // claim_terms
    TreeNode::Leaf(0.530868),
    TreeNode::Leaf(-0.016025),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 991,
        right: 992,
    }, // text_sentences
    TreeNode::Leaf(-0.455266),
    TreeNode::Leaf(0.206227),
    TreeNode::Split {
        feature: 4,
        threshold: 0.738636,
        left: 994,
        right: 1001,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 11.756913,
        left: 995,
        right: 998,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.422093,
        left: 996,
        right: 997,
    }, // window_coverage
    TreeNode::Leaf(0.785808),
    TreeNode::Leaf(0.143319),
    TreeNode::Split {
        feature: 0,
        threshold: 0.222173,
        left: 999,
        right: 1000,
    }, // window_coverage
    TreeNode::Leaf(0.265583),
    TreeNode::Leaf(-0.278035),
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 1002,
        right: 1003,
    }, // window_pairs
    TreeNode::Leaf(-0.499603),
    TreeNode::Leaf(-0.085825),
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 1005,
        right: 1018,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 1006,
        right: 1013,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 1007,
        right: 1010,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 1008,
        right: 1009,
    }, // text_sentences
    TreeNode::Leaf(0.113127),
    TreeNode::Leaf(-0.136548),
    TreeNode::Split {
        feature: 1,
        threshold: 0.424812,
        left: 1011,
        right: 1012,
    }, // window_pairs
    TreeNode::Leaf(-0.488444),
    TreeNode::Leaf(-0.051590),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 1014,
        right: 1015,
    }, // text_sentences
    TreeNode::Leaf(-0.340260),
    TreeNode::Split {
        feature: 2,
        threshold: 0.484130,
        left: 1016,
        right: 1017,
    }, // dice
    TreeNode::Leaf(0.002834),
    TreeNode::Leaf(0.613306),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 1019,
        right: 1022,
    }, // text_sentences
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 1020,
        right: 1021,
    }, // has_numbers
    TreeNode::Leaf(0.510642),
    TreeNode::Leaf(-0.152209),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 1023,
        right: 1024,
    }, // claim_terms
    TreeNode::Leaf(-0.711384),
    TreeNode::Split {
        feature: 10,
        threshold: 2.441401,
        left: 1025,
        right: 1026,
    }, // claim_terms
    TreeNode::Leaf(0.194031),
    TreeNode::Leaf(-0.327949),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 1028,
        right: 1039,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 1029,
        right: 1034,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.462062,
        left: 1030,
        right: 1033,
    }, // cover
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 1031,
        right: 1032,
    }, // window_pairs
    TreeNode::Leaf(0.065574),
    TreeNode::Leaf(-0.542801),
    TreeNode::Leaf(0.474113),
    TreeNode::Split {
        feature: 5,
        threshold: 0.469708,
        left: 1035,
        right: 1036,
    }, // cover
    TreeNode::Leaf(0.092712),
    TreeNode::Split {
        feature: 13,
        threshold: 4.666279,
        left: 1037,
        right: 1038,
    }, // missing_weight
    TreeNode::Leaf(-0.092798),
    TreeNode::Leaf(-0.562469),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 1040,
        right: 1047,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 1041,
        right: 1044,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 6.040255,
        left: 1042,
        right: 1043,
    }, // missing_weight
    TreeNode::Leaf(-0.005977),
    TreeNode::Leaf(-0.463428),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 1045,
        right: 1046,
    }, // text_pairs
    TreeNode::Leaf(-0.035710),
    TreeNode::Leaf(0.364644),
    TreeNode::Leaf(0.457397),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 1049,
        right: 1060,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 1050,
        right: 1055,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 1051,
        right: 1054,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 1052,
        right: 1053,
    }, // claim_terms
    TreeNode::Leaf(0.289849),
    TreeNode::Leaf(-0.015669),
    TreeNode::Leaf(-0.319035),
    TreeNode::Split {
        feature: 11,
        threshold: 0.645099,
        left: 1056,
        right: 1057,
    }, // unknown
    TreeNode::Leaf(-0.097368),
    TreeNode::Split {
        feature: 13,
        threshold: 29.255761,
        left: 1058,
        right: 1059,
    }, // missing_weight
    TreeNode::Leaf(0.495444),
    TreeNode::Leaf(0.115853),
    TreeNode::Leaf(-0.343804),
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 1062,
        right: 1075,
    }, // has_numbers
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 1063,
        right: 1068,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.600940,
        left: 1064,
        right: 1067,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 1065,
        right: 1066,
    }, // dice
    TreeNode::Leaf(-0.070300),
    TreeNode::Leaf(0.385603),
    TreeNode::Leaf(-0.438094),
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 1069,
        right: 1072,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 1070,
        right: 1071,
    }, // claim_terms
    TreeNode::Leaf(0.495711),
    TreeNode::Leaf(-0.021283),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 1073,
        right: 1074,
    }, // text_sentences
    TreeNode::Leaf(-0.423620),
    TreeNode::Leaf(0.203124),
    TreeNode::Split {
        feature: 4,
        threshold: 0.738636,
        left: 1076,
        right: 1083,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 11.756913,
        left: 1077,
        right: 1080,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.422093,
        left: 1078,
        right: 1079,
    }, // window_coverage
    TreeNode::Leaf(0.717322),
    TreeNode::Leaf(0.130497),
    TreeNode::Split {
        feature: 0,
        threshold: 0.222173,
        left: 1081,
        right: 1082,
    }, // window_coverage
    TreeNode::Leaf(0.250977),
    TreeNode::Leaf(-0.258990),
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 1084,
        right: 1085,
    }, // window_pairs
    TreeNode::Leaf(-0.462726),
    TreeNode::Leaf(-0.066883),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 1087,
        right: 1102,
    }, // names
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 1088,
        right: 1095,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 1089,
        right: 1092,
    }, // text_sentences
    TreeNode::Split {
        feature: 12,
        threshold: 0.100000,
        left: 1090,
        right: 1091,
    }, // names
    TreeNode::Leaf(0.021835),
    TreeNode::Leaf(0.493631),
    TreeNode::Split {
        feature: 5,
        threshold: 0.425620,
        left: 1093,
        right: 1094,
    }, // cover
    TreeNode::Leaf(-0.365518),
    TreeNode::Leaf(0.118237),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 1096,
        right: 1099,
    }, // missing_weight
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 1097,
        right: 1098,
    }, // text_sentences
    TreeNode::Leaf(-0.161522),
    TreeNode::Leaf(0.210858),
    TreeNode::Split {
        feature: 1,
        threshold: 0.279220,
        left: 1100,
        right: 1101,
    }, // window_pairs
    TreeNode::Leaf(-0.648836),
    TreeNode::Leaf(-0.073444),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 1103,
        right: 1110,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.314598,
        left: 1104,
        right: 1107,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.264062,
        left: 1105,
        right: 1106,
    }, // dice
    TreeNode::Leaf(0.126153),
    TreeNode::Leaf(-0.454431),
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 1108,
        right: 1109,
    }, // claim_terms
    TreeNode::Leaf(0.302477),
    TreeNode::Leaf(-0.006161),
    TreeNode::Leaf(0.431252),
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 1112,
        right: 1125,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 1113,
        right: 1120,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 1114,
        right: 1117,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.556039,
        left: 1115,
        right: 1116,
    }, // dice
    TreeNode::Leaf(-0.008884),
    TreeNode::Leaf(0.370955),
    TreeNode::Split {
        feature: 10,
        threshold: 2.441401,
        left: 1118,
        right: 1119,
    }, // claim_terms
    TreeNode::Leaf(-0.420708),
    TreeNode::Leaf(0.017125),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 1121,
        right: 1122,
    }, // text_sentences
    TreeNode::Leaf(-0.311539),
    TreeNode::Split {
        feature: 2,
        threshold: 0.484130,
        left: 1123,
        right: 1124,
    }, // dice
    TreeNode::Leaf(0.006032),
    TreeNode::Leaf(0.576517),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 1126,
        right: 1129,
    }, // text_sentences
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 1127,
        right: 1128,
    }, // has_numbers
    TreeNode::Leaf(0.478529),
    TreeNode::Leaf(-0.139302),
    TreeNode::Split {
        feature: 14,
        threshold: 2.249905,
        left: 1130,
        right: 1131,
    }, // text_sentences
    TreeNode::Leaf(-0.562492),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 1132,
        right: 1133,
    }, // text_sentences
    TreeNode::Leaf(0.419489),
    TreeNode::Leaf(-0.325295),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 1135,
        right: 1146,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 1136,
        right: 1141,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.813442,
        left: 1137,
        right: 1140,
    }, // unknown
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 1138,
        right: 1139,
    }, // text_coverage
    TreeNode::Leaf(0.099477),
    TreeNode::Leaf(-0.054031),
    TreeNode::Leaf(-0.310411),
    TreeNode::Split {
        feature: 2,
        threshold: 0.477421,
        left: 1142,
        right: 1145,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.383551,
        left: 1143,
        right: 1144,
    }, // dice
    TreeNode::Leaf(-0.055300),
    TreeNode::Leaf(0.504629),
    TreeNode::Leaf(-0.124682),
    TreeNode::Leaf(-0.329842),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 1148,
        right: 1161,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 1149,
        right: 1156,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 1150,
        right: 1153,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 7.278046,
        left: 1151,
        right: 1152,
    }, // missing_weight
    TreeNode::Leaf(0.143301),
    TreeNode::Leaf(-0.443820),
    TreeNode::Split {
        feature: 3,
        threshold: 0.496833,
        left: 1154,
        right: 1155,
    }, // text_coverage
    TreeNode::Leaf(0.090960),
    TreeNode::Leaf(0.505891),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 1157,
        right: 1160,
    }, // claim_terms
    TreeNode::Split {
        feature: 0,
        threshold: 0.488556,
        left: 1158,
        right: 1159,
    }, // window_coverage
    TreeNode::Leaf(0.125931),
    TreeNode::Leaf(-0.267816),
    TreeNode::Leaf(-0.553812),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 1162,
        right: 1167,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 1163,
        right: 1166,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.212101,
        left: 1164,
        right: 1165,
    }, // text_sentences
    TreeNode::Leaf(0.002628),
    TreeNode::Leaf(0.270672),
    TreeNode::Leaf(-0.360618),
    TreeNode::Leaf(0.405323),
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 1169,
        right: 1184,
    }, // has_numbers
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 1170,
        right: 1177,
    }, // missing_weight
    TreeNode::Split {
        feature: 2,
        threshold: 0.596437,
        left: 1171,
        right: 1174,
    }, // dice
    TreeNode::Split {
        feature: 11,
        threshold: 0.124724,
        left: 1172,
        right: 1173,
    }, // unknown
    TreeNode::Leaf(-0.095353),
    TreeNode::Leaf(0.710135),
    TreeNode::Split {
        feature: 1,
        threshold: 0.630682,
        left: 1175,
        right: 1176,
    }, // window_pairs
    TreeNode::Leaf(-0.804534),
    TreeNode::Leaf(0.372165),
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 1178,
        right: 1181,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 1179,
        right: 1180,
    }, // claim_terms
    TreeNode::Leaf(0.175360),
    TreeNode::Leaf(-0.331697),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 1182,
        right: 1183,
    }, // window_pairs
    TreeNode::Leaf(-0.314078),
    TreeNode::Leaf(0.122329),
    TreeNode::Split {
        feature: 4,
        threshold: 0.738636,
        left: 1185,
        right: 1192,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 11.756913,
        left: 1186,
        right: 1189,
    }, // missing_weight
    TreeNode::Split {
        feature: 7,
        threshold: 0.900000,
        left: 1187,
        right: 1188,
    }, // text_numbers
    TreeNode::Leaf(-0.102037),
    TreeNode::Leaf(0.465493),
    TreeNode::Split {
        feature: 0,
        threshold: 0.222173,
        left: 1190,
        right: 1191,
    }, // window_coverage
    TreeNode::Leaf(0.236943),
    TreeNode::Leaf(-0.245936),
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 1193,
        right: 1194,
    }, // window_pairs
    TreeNode::Leaf(-0.426899),
    TreeNode::Leaf(-0.043128),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 1196,
        right: 1203,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.093074,
        left: 1197,
        right: 1202,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 4.276666,
        left: 1198,
        right: 1199,
    }, // missing_weight
    TreeNode::Leaf(0.370329),
    TreeNode::Split {
        feature: 3,
        threshold: 0.238716,
        left: 1200,
        right: 1201,
    }, // text_coverage
    TreeNode::Leaf(0.120341),
    TreeNode::Leaf(-0.234310),
    TreeNode::Leaf(0.430598),
    TreeNode::Split {
        feature: 5,
        threshold: 0.415413,
        left: 1204,
        right: 1211,
    }, // cover
    TreeNode::Split {
        feature: 11,
        threshold: 0.643396,
        left: 1205,
        right: 1208,
    }, // unknown
    TreeNode::Split {
        feature: 13,
        threshold: 16.710400,
        left: 1206,
        right: 1207,
    }, // missing_weight
    TreeNode::Leaf(-0.149454),
    TreeNode::Leaf(-0.685726),
    TreeNode::Split {
        feature: 5,
        threshold: 0.315936,
        left: 1209,
        right: 1210,
    }, // cover
    TreeNode::Leaf(-0.153823),
    TreeNode::Leaf(0.322330),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 1212,
        right: 1215,
    }, // text_numbers
    TreeNode::Split {
        feature: 14,
        threshold: 2.124248,
        left: 1213,
        right: 1214,
    }, // text_sentences
    TreeNode::Leaf(-0.555304),
    TreeNode::Leaf(-0.078934),
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 1216,
        right: 1217,
    }, // names
    TreeNode::Leaf(0.414253),
    TreeNode::Leaf(0.016023),
];

/// The lowest score above which 90 % of the development claims are
/// supported, on their cross-validated scores.
pub const SUPPORT_THRESHOLD: f64 = 0.822;
/// Where a claim is more likely supported than not (the lowest score at
/// which half the training claims are supported is 0.098).
pub const PARTIAL_THRESHOLD: f64 = 0.5;
