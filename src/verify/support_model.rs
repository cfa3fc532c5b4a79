//! The support model: written by `scripts/train_support.py --write`; do
//! not edit by hand. See `matching::support_logit` for how it is used.
//!
//! Trained on 2026-12-03 on WiCE dev, AttributionBench dev and the
//! tuning half of tests/data (1595 claims; ours counted 4 times), seed
//! 2026: a logistic regression (ridge 2), then 60 regression trees of depth
//! 3 boosted on its logit (rate 0.1, at least 30 claims a leaf).
//! Cross-validated (5 folds, thresholds chosen inside each fold):
//! - wice: cross-validated AUC supported vs not 0.927, vs partial+not 0.784; `supported` at the 0.90-precision threshold: accuracy 0.699, precision 0.857; at the accuracy-best threshold: accuracy 0.768 (349 claims)
//! - attrib: cross-validated AUC supported vs not 0.779; `supported` at the 0.90-precision threshold: accuracy 0.679, precision 0.843; at the accuracy-best threshold: accuracy 0.699 (1198 claims)
//! - ours: cross-validated AUC supported vs not 0.830; `supported` at the 0.90-precision threshold: accuracy 0.688, precision 0.870; at the accuracy-best threshold: accuracy 0.792 (48 claims)

use super::matching::{TreeNode, FEATURE_COUNT};

/// Weights of the linear part, in `FEATURES` order.
pub const SUPPORT_WEIGHTS: [f64; FEATURE_COUNT] = [
    0.4355,  // window_coverage
    0.8105,  // window_pairs
    1.9285,  // dice
    -0.4024, // text_coverage
    -0.2207, // text_pairs
    0.2257,  // cover
    0.5078,  // window_numbers
    1.7476,  // text_numbers
    0.3949,  // has_numbers
    -0.9231, // opposite
    0.2346,  // claim_terms
    -0.7487, // unknown
    0.4949,  // names
    -0.0129, // missing_weight
    -0.2558, // text_sentences
];
pub const SUPPORT_BIAS: f64 = -3.3201;

/// Each tree's value is scaled by this.
pub const TREE_RATE: f64 = 0.1;
/// Where each tree starts in [`TREE_NODES`].
pub const TREE_ROOTS: [usize; 60] = [
    0, 9, 18, 33, 48, 57, 72, 81, 90, 103, 112, 127, 142, 155, 164, 179, 194, 209, 224, 239, 248,
    257, 272, 281, 296, 305, 314, 329, 338, 351, 360, 369, 378, 385, 400, 411, 424, 433, 442, 457,
    466, 481, 496, 505, 516, 523, 536, 545, 554, 563, 576, 587, 594, 603, 616, 623, 636, 651, 660,
    673,
];
pub static TREE_NODES: [TreeNode; 688] = [
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 1,
        right: 8,
    }, // dice
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 2,
        right: 5,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 3,
        right: 4,
    }, // names
    TreeNode::Leaf(0.367703),
    TreeNode::Leaf(-0.497752),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 6,
        right: 7,
    }, // text_sentences
    TreeNode::Leaf(-0.153184),
    TreeNode::Leaf(0.250373),
    TreeNode::Leaf(0.715209),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 10,
        right: 17,
    }, // dice
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 11,
        right: 14,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 12,
        right: 13,
    }, // names
    TreeNode::Leaf(0.115964),
    TreeNode::Leaf(-0.607349),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 15,
        right: 16,
    }, // text_sentences
    TreeNode::Leaf(-0.138070),
    TreeNode::Leaf(0.225422),
    TreeNode::Leaf(0.694555),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 19,
        right: 26,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 20,
        right: 23,
    }, // text_numbers
    TreeNode::Split {
        feature: 5,
        threshold: 0.410442,
        left: 21,
        right: 22,
    }, // cover
    TreeNode::Leaf(1.331420),
    TreeNode::Leaf(-0.246512),
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 24,
        right: 25,
    }, // missing_weight
    TreeNode::Leaf(-0.483126),
    TreeNode::Leaf(-0.073927),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 27,
        right: 30,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.267942,
        left: 28,
        right: 29,
    }, // window_pairs
    TreeNode::Leaf(0.268821),
    TreeNode::Leaf(-0.719112),
    TreeNode::Split {
        feature: 3,
        threshold: 0.689205,
        left: 31,
        right: 32,
    }, // text_coverage
    TreeNode::Leaf(0.006001),
    TreeNode::Leaf(0.399962),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 34,
        right: 41,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 35,
        right: 38,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 36,
        right: 37,
    }, // missing_weight
    TreeNode::Leaf(0.251198),
    TreeNode::Leaf(-0.188183),
    TreeNode::Split {
        feature: 12,
        threshold: 0.828572,
        left: 39,
        right: 40,
    }, // names
    TreeNode::Leaf(-0.159502),
    TreeNode::Leaf(0.762057),
    TreeNode::Split {
        feature: 2,
        threshold: 0.549127,
        left: 42,
        right: 45,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 43,
        right: 44,
    }, // cover
    TreeNode::Leaf(-0.717883),
    TreeNode::Leaf(-0.184168),
    TreeNode::Split {
        feature: 14,
        threshold: 4.261090,
        left: 46,
        right: 47,
    }, // text_sentences
    TreeNode::Leaf(-0.200835),
    TreeNode::Leaf(0.769995),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 49,
        right: 56,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.739292,
        left: 50,
        right: 53,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.534191,
        left: 51,
        right: 52,
    }, // dice
    TreeNode::Leaf(-0.069778),
    TreeNode::Leaf(0.242515),
    TreeNode::Split {
        feature: 11,
        threshold: 0.146853,
        left: 54,
        right: 55,
    }, // unknown
    TreeNode::Leaf(0.248958),
    TreeNode::Leaf(-0.871458),
    TreeNode::Leaf(0.657594),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 58,
        right: 65,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 59,
        right: 62,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 60,
        right: 61,
    }, // missing_weight
    TreeNode::Leaf(0.225480),
    TreeNode::Leaf(-0.167994),
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 63,
        right: 64,
    }, // window_pairs
    TreeNode::Leaf(-0.077243),
    TreeNode::Leaf(0.735977),
    TreeNode::Split {
        feature: 2,
        threshold: 0.549127,
        left: 66,
        right: 69,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 67,
        right: 68,
    }, // cover
    TreeNode::Leaf(-0.680019),
    TreeNode::Leaf(-0.163148),
    TreeNode::Split {
        feature: 14,
        threshold: 4.261090,
        left: 70,
        right: 71,
    }, // text_sentences
    TreeNode::Leaf(-0.194698),
    TreeNode::Leaf(0.709375),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 73,
        right: 80,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 74,
        right: 77,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 75,
        right: 76,
    }, // text_sentences
    TreeNode::Leaf(-0.330163),
    TreeNode::Leaf(0.279533),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 78,
        right: 79,
    }, // text_pairs
    TreeNode::Leaf(-0.568171),
    TreeNode::Leaf(-0.034045),
    TreeNode::Leaf(0.630296),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 82,
        right: 89,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 83,
        right: 86,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.147614,
        left: 84,
        right: 85,
    }, // unknown
    TreeNode::Leaf(0.472567),
    TreeNode::Leaf(-0.021681),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 87,
        right: 88,
    }, // text_sentences
    TreeNode::Leaf(0.329328),
    TreeNode::Leaf(-0.685289),
    TreeNode::Leaf(0.612649),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 91,
        right: 98,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 92,
        right: 95,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 93,
        right: 94,
    }, // missing_weight
    TreeNode::Leaf(0.203227),
    TreeNode::Leaf(-0.146924),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 96,
        right: 97,
    }, // claim_terms
    TreeNode::Leaf(0.122699),
    TreeNode::Leaf(0.795542),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 99,
        right: 100,
    }, // cover
    TreeNode::Leaf(-0.654802),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 101,
        right: 102,
    }, // window_pairs
    TreeNode::Leaf(0.633810),
    TreeNode::Leaf(-0.157115),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 104,
        right: 111,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 105,
        right: 108,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 106,
        right: 107,
    }, // text_sentences
    TreeNode::Leaf(-0.292181),
    TreeNode::Leaf(0.261338),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 109,
        right: 110,
    }, // text_numbers
    TreeNode::Leaf(-0.666050),
    TreeNode::Leaf(-0.050198),
    TreeNode::Leaf(0.587624),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 113,
        right: 120,
    }, // claim_terms
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 114,
        right: 117,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 115,
        right: 116,
    }, // text_sentences
    TreeNode::Leaf(1.088583),
    TreeNode::Leaf(-0.105831),
    TreeNode::Split {
        feature: 13,
        threshold: 12.280692,
        left: 118,
        right: 119,
    }, // missing_weight
    TreeNode::Leaf(-0.378810),
    TreeNode::Leaf(-0.010623),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 121,
        right: 124,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 122,
        right: 123,
    }, // text_sentences
    TreeNode::Leaf(-0.562142),
    TreeNode::Leaf(0.038986),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 125,
        right: 126,
    }, // text_numbers
    TreeNode::Leaf(-0.537694),
    TreeNode::Leaf(0.304314),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 128,
        right: 135,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 129,
        right: 132,
    }, // text_sentences
    TreeNode::Split {
        feature: 5,
        threshold: 0.431697,
        left: 130,
        right: 131,
    }, // cover
    TreeNode::Leaf(0.196205),
    TreeNode::Leaf(-0.142000),
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 133,
        right: 134,
    }, // window_pairs
    TreeNode::Leaf(0.028079),
    TreeNode::Leaf(0.746795),
    TreeNode::Split {
        feature: 5,
        threshold: 0.450716,
        left: 136,
        right: 139,
    }, // cover
    TreeNode::Split {
        feature: 14,
        threshold: 4.938007,
        left: 137,
        right: 138,
    }, // text_sentences
    TreeNode::Leaf(-0.676912),
    TreeNode::Leaf(-0.092276),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 140,
        right: 141,
    }, // window_pairs
    TreeNode::Leaf(0.624505),
    TreeNode::Leaf(-0.080811),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 143,
        right: 150,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 144,
        right: 147,
    }, // text_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.410442,
        left: 145,
        right: 146,
    }, // text_coverage
    TreeNode::Leaf(1.199779),
    TreeNode::Leaf(-0.220556),
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 148,
        right: 149,
    }, // missing_weight
    TreeNode::Leaf(-0.407691),
    TreeNode::Leaf(-0.050960),
    TreeNode::Split {
        feature: 5,
        threshold: 0.266284,
        left: 151,
        right: 152,
    }, // cover
    TreeNode::Leaf(0.741427),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 153,
        right: 154,
    }, // text_numbers
    TreeNode::Leaf(-0.434591),
    TreeNode::Leaf(0.105127),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 156,
        right: 163,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.739292,
        left: 157,
        right: 160,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.548704,
        left: 158,
        right: 159,
    }, // dice
    TreeNode::Leaf(-0.046907),
    TreeNode::Leaf(0.240485),
    TreeNode::Split {
        feature: 3,
        threshold: 0.853147,
        left: 161,
        right: 162,
    }, // text_coverage
    TreeNode::Leaf(-0.768885),
    TreeNode::Leaf(0.204921),
    TreeNode::Leaf(0.565673),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 165,
        right: 172,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 166,
        right: 169,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 167,
        right: 168,
    }, // cover
    TreeNode::Leaf(-0.296631),
    TreeNode::Leaf(0.638584),
    TreeNode::Split {
        feature: 5,
        threshold: 0.466056,
        left: 170,
        right: 171,
    }, // cover
    TreeNode::Leaf(0.029418),
    TreeNode::Leaf(-0.670629),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 173,
        right: 176,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.663375,
        left: 174,
        right: 175,
    }, // window_coverage
    TreeNode::Leaf(-0.281521),
    TreeNode::Leaf(0.145518),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 177,
        right: 178,
    }, // text_pairs
    TreeNode::Leaf(0.011081),
    TreeNode::Leaf(0.530803),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 180,
        right: 187,
    }, // claim_terms
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 181,
        right: 184,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 182,
        right: 183,
    }, // text_sentences
    TreeNode::Leaf(0.991692),
    TreeNode::Leaf(-0.093392),
    TreeNode::Split {
        feature: 13,
        threshold: 12.280692,
        left: 185,
        right: 186,
    }, // missing_weight
    TreeNode::Leaf(-0.358664),
    TreeNode::Leaf(-0.004637),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 188,
        right: 191,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 189,
        right: 190,
    }, // text_sentences
    TreeNode::Leaf(-0.480676),
    TreeNode::Leaf(0.029599),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 192,
        right: 193,
    }, // text_numbers
    TreeNode::Leaf(-0.479655),
    TreeNode::Leaf(0.271876),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 195,
        right: 202,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 196,
        right: 199,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 197,
        right: 198,
    }, // claim_terms
    TreeNode::Leaf(0.250910),
    TreeNode::Leaf(-0.113646),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 200,
        right: 201,
    }, // claim_terms
    TreeNode::Leaf(0.209886),
    TreeNode::Leaf(0.814022),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 203,
        right: 206,
    }, // cover
    TreeNode::Split {
        feature: 2,
        threshold: 0.352081,
        left: 204,
        right: 205,
    }, // dice
    TreeNode::Leaf(-0.126122),
    TreeNode::Leaf(-0.716081),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 207,
        right: 208,
    }, // window_pairs
    TreeNode::Leaf(0.564415),
    TreeNode::Leaf(-0.095094),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 210,
        right: 217,
    }, // text_coverage
    TreeNode::Split {
        feature: 7,
        threshold: 0.354166,
        left: 211,
        right: 214,
    }, // text_numbers
    TreeNode::Split {
        feature: 14,
        threshold: 2.888826,
        left: 212,
        right: 213,
    }, // text_sentences
    TreeNode::Leaf(1.202910),
    TreeNode::Leaf(-0.239179),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 215,
        right: 216,
    }, // text_sentences
    TreeNode::Leaf(-0.331272),
    TreeNode::Leaf(0.173206),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 218,
        right: 221,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.485642,
        left: 219,
        right: 220,
    }, // dice
    TreeNode::Leaf(-0.673481),
    TreeNode::Leaf(-0.058037),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 222,
        right: 223,
    }, // claim_terms
    TreeNode::Leaf(-0.323850),
    TreeNode::Leaf(0.135414),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 225,
        right: 232,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 226,
        right: 229,
    }, // text_sentences
    TreeNode::Split {
        feature: 4,
        threshold: 0.414216,
        left: 227,
        right: 228,
    }, // text_pairs
    TreeNode::Leaf(0.092931),
    TreeNode::Leaf(-0.212358),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 230,
        right: 231,
    }, // claim_terms
    TreeNode::Leaf(0.053360),
    TreeNode::Leaf(0.633287),
    TreeNode::Split {
        feature: 2,
        threshold: 0.549127,
        left: 233,
        right: 236,
    }, // dice
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 234,
        right: 235,
    }, // cover
    TreeNode::Leaf(-0.582859),
    TreeNode::Leaf(-0.137196),
    TreeNode::Split {
        feature: 14,
        threshold: 4.158761,
        left: 237,
        right: 238,
    }, // text_sentences
    TreeNode::Leaf(-0.202828),
    TreeNode::Leaf(0.637908),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 240,
        right: 247,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 241,
        right: 244,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 242,
        right: 243,
    }, // text_pairs
    TreeNode::Leaf(-0.017699),
    TreeNode::Leaf(0.446704),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 245,
        right: 246,
    }, // text_sentences
    TreeNode::Leaf(0.313802),
    TreeNode::Leaf(-0.628130),
    TreeNode::Leaf(0.542117),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 249,
        right: 256,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.739292,
        left: 250,
        right: 253,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.895056,
        left: 251,
        right: 252,
    }, // text_coverage
    TreeNode::Leaf(0.055731),
    TreeNode::Leaf(-0.331117),
    TreeNode::Split {
        feature: 3,
        threshold: 0.853147,
        left: 254,
        right: 255,
    }, // text_coverage
    TreeNode::Leaf(-0.694061),
    TreeNode::Leaf(0.180921),
    TreeNode::Leaf(0.527506),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 258,
        right: 265,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 259,
        right: 262,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 260,
        right: 261,
    }, // cover
    TreeNode::Leaf(-0.286777),
    TreeNode::Leaf(0.581371),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 263,
        right: 264,
    }, // claim_terms
    TreeNode::Leaf(-0.161304),
    TreeNode::Leaf(-0.827557),
    TreeNode::Split {
        feature: 2,
        threshold: 0.415786,
        left: 266,
        right: 269,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395112,
        left: 267,
        right: 268,
    }, // window_coverage
    TreeNode::Leaf(0.073888),
    TreeNode::Leaf(-0.422777),
    TreeNode::Split {
        feature: 5,
        threshold: 0.250077,
        left: 270,
        right: 271,
    }, // cover
    TreeNode::Leaf(0.681611),
    TreeNode::Leaf(0.062760),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 273,
        right: 280,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 274,
        right: 277,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 275,
        right: 276,
    }, // unknown
    TreeNode::Leaf(0.015720),
    TreeNode::Leaf(-0.479191),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 278,
        right: 279,
    }, // cover
    TreeNode::Leaf(0.667318),
    TreeNode::Leaf(-0.105287),
    TreeNode::Leaf(-0.508286),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 282,
        right: 289,
    }, // claim_terms
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 283,
        right: 286,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 284,
        right: 285,
    }, // text_sentences
    TreeNode::Leaf(0.864650),
    TreeNode::Leaf(-0.084754),
    TreeNode::Split {
        feature: 13,
        threshold: 12.280692,
        left: 287,
        right: 288,
    }, // missing_weight
    TreeNode::Leaf(-0.330045),
    TreeNode::Leaf(-0.010831),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 290,
        right: 293,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 291,
        right: 292,
    }, // window_coverage
    TreeNode::Leaf(0.008476),
    TreeNode::Leaf(-0.440863),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 294,
        right: 295,
    }, // text_numbers
    TreeNode::Leaf(-0.414856),
    TreeNode::Leaf(0.261144),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 297,
        right: 304,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 298,
        right: 301,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.550281,
        left: 299,
        right: 300,
    }, // dice
    TreeNode::Leaf(-0.043384),
    TreeNode::Leaf(0.321164),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 302,
        right: 303,
    }, // text_sentences
    TreeNode::Leaf(0.444856),
    TreeNode::Leaf(-0.660893),
    TreeNode::Leaf(0.506424),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 306,
        right: 313,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.145459,
        left: 307,
        right: 310,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.848293,
        left: 308,
        right: 309,
    }, // unknown
    TreeNode::Leaf(0.721691),
    TreeNode::Leaf(-0.191996),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 311,
        right: 312,
    }, // claim_terms
    TreeNode::Leaf(0.338897),
    TreeNode::Leaf(-0.033670),
    TreeNode::Leaf(-0.490233),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 315,
        right: 322,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 316,
        right: 319,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 317,
        right: 318,
    }, // cover
    TreeNode::Leaf(-0.279605),
    TreeNode::Leaf(0.535947),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 320,
        right: 321,
    }, // claim_terms
    TreeNode::Leaf(-0.143104),
    TreeNode::Leaf(-0.782844),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 323,
        right: 326,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 6.152289,
        left: 324,
        right: 325,
    }, // missing_weight
    TreeNode::Leaf(0.020296),
    TreeNode::Leaf(-0.536759),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 327,
        right: 328,
    }, // text_pairs
    TreeNode::Leaf(-0.015857),
    TreeNode::Leaf(0.461347),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 330,
        right: 337,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.603611,
        left: 331,
        right: 334,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 332,
        right: 333,
    }, // dice
    TreeNode::Leaf(-0.030433),
    TreeNode::Leaf(0.673097),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 335,
        right: 336,
    }, // cover
    TreeNode::Leaf(-0.557812),
    TreeNode::Leaf(-0.062262),
    TreeNode::Leaf(0.492835),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 339,
        right: 344,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.602003,
        left: 340,
        right: 343,
    }, // text_sentences
    TreeNode::Split {
        feature: 4,
        threshold: 0.149074,
        left: 341,
        right: 342,
    }, // text_pairs
    TreeNode::Leaf(0.229678),
    TreeNode::Leaf(-0.079423),
    TreeNode::Leaf(0.752477),
    TreeNode::Split {
        feature: 5,
        threshold: 0.450716,
        left: 345,
        right: 348,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 27.791958,
        left: 346,
        right: 347,
    }, // missing_weight
    TreeNode::Leaf(-0.671481),
    TreeNode::Leaf(-0.157400),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 349,
        right: 350,
    }, // window_pairs
    TreeNode::Leaf(0.553192),
    TreeNode::Leaf(-0.067390),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 352,
        right: 359,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 353,
        right: 356,
    }, // text_coverage
    TreeNode::Split {
        feature: 7,
        threshold: 0.354166,
        left: 354,
        right: 355,
    }, // text_numbers
    TreeNode::Leaf(0.814882),
    TreeNode::Leaf(0.053036),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 357,
        right: 358,
    }, // text_pairs
    TreeNode::Leaf(-0.447381),
    TreeNode::Leaf(0.022682),
    TreeNode::Leaf(-0.469657),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 361,
        right: 368,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 362,
        right: 365,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 363,
        right: 364,
    }, // text_pairs
    TreeNode::Leaf(-0.019903),
    TreeNode::Leaf(0.425316),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 366,
        right: 367,
    }, // text_sentences
    TreeNode::Leaf(0.279705),
    TreeNode::Leaf(-0.524776),
    TreeNode::Leaf(0.480730),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 370,
        right: 377,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.805936,
        left: 371,
        right: 374,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 372,
        right: 373,
    }, // unknown
    TreeNode::Leaf(0.014189),
    TreeNode::Leaf(-0.447029),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 375,
        right: 376,
    }, // cover
    TreeNode::Leaf(0.548065),
    TreeNode::Leaf(-0.060830),
    TreeNode::Leaf(-0.453794),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 379,
        right: 384,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 380,
        right: 383,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.912879,
        left: 381,
        right: 382,
    }, // text_pairs
    TreeNode::Leaf(0.032706),
    TreeNode::Leaf(-0.396204),
    TreeNode::Leaf(-0.506912),
    TreeNode::Leaf(0.467894),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 386,
        right: 393,
    }, // names
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 387,
        right: 390,
    }, // window_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 11.085272,
        left: 388,
        right: 389,
    }, // missing_weight
    TreeNode::Leaf(0.565031),
    TreeNode::Leaf(-0.192766),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 391,
        right: 392,
    }, // missing_weight
    TreeNode::Leaf(0.021303),
    TreeNode::Leaf(-0.593108),
    TreeNode::Split {
        feature: 2,
        threshold: 0.415786,
        left: 394,
        right: 397,
    }, // dice
    TreeNode::Split {
        feature: 0,
        threshold: 0.395112,
        left: 395,
        right: 396,
    }, // window_coverage
    TreeNode::Leaf(0.059898),
    TreeNode::Leaf(-0.375951),
    TreeNode::Split {
        feature: 5,
        threshold: 0.249258,
        left: 398,
        right: 399,
    }, // cover
    TreeNode::Leaf(0.613827),
    TreeNode::Leaf(0.053725),
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 401,
        right: 408,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 402,
        right: 405,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 403,
        right: 404,
    }, // text_sentences
    TreeNode::Leaf(0.726876),
    TreeNode::Leaf(-0.089282),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 406,
        right: 407,
    }, // window_pairs
    TreeNode::Leaf(-0.248385),
    TreeNode::Leaf(0.027991),
    TreeNode::Split {
        feature: 13,
        threshold: 23.077701,
        left: 409,
        right: 410,
    }, // missing_weight
    TreeNode::Leaf(-0.413961),
    TreeNode::Leaf(0.039149),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 412,
        right: 419,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 413,
        right: 416,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 414,
        right: 415,
    }, // dice
    TreeNode::Leaf(-0.012788),
    TreeNode::Leaf(0.649367),
    TreeNode::Split {
        feature: 13,
        threshold: 10.895739,
        left: 417,
        right: 418,
    }, // missing_weight
    TreeNode::Leaf(-0.496302),
    TreeNode::Leaf(0.216094),
    TreeNode::Split {
        feature: 7,
        threshold: 0.416666,
        left: 420,
        right: 421,
    }, // text_numbers
    TreeNode::Leaf(-0.476462),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 422,
        right: 423,
    }, // text_pairs
    TreeNode::Leaf(0.374517),
    TreeNode::Leaf(-0.066305),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 425,
        right: 432,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 426,
        right: 429,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 427,
        right: 428,
    }, // text_sentences
    TreeNode::Leaf(-0.090253),
    TreeNode::Leaf(0.608226),
    TreeNode::Split {
        feature: 3,
        threshold: 0.187333,
        left: 430,
        right: 431,
    }, // text_coverage
    TreeNode::Leaf(-0.398985),
    TreeNode::Leaf(0.013760),
    TreeNode::Leaf(-0.441101),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 434,
        right: 441,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.603611,
        left: 435,
        right: 438,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 436,
        right: 437,
    }, // dice
    TreeNode::Leaf(-0.024706),
    TreeNode::Leaf(0.614544),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 439,
        right: 440,
    }, // window_coverage
    TreeNode::Leaf(-0.354964),
    TreeNode::Leaf(0.147043),
    TreeNode::Leaf(0.454417),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 443,
        right: 450,
    }, // text_pairs
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 444,
        right: 447,
    }, // window_numbers
    TreeNode::Split {
        feature: 0,
        threshold: 0.141118,
        left: 445,
        right: 446,
    }, // window_coverage
    TreeNode::Leaf(0.086994),
    TreeNode::Leaf(0.831999),
    TreeNode::Split {
        feature: 1,
        threshold: 0.043810,
        left: 448,
        right: 449,
    }, // window_pairs
    TreeNode::Leaf(-0.181775),
    TreeNode::Leaf(0.368615),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 451,
        right: 454,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 452,
        right: 453,
    }, // text_sentences
    TreeNode::Leaf(-0.325259),
    TreeNode::Leaf(0.013268),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 455,
        right: 456,
    }, // text_numbers
    TreeNode::Leaf(-0.375754),
    TreeNode::Leaf(0.216381),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 458,
        right: 465,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 459,
        right: 462,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 460,
        right: 461,
    }, // text_sentences
    TreeNode::Leaf(-0.207023),
    TreeNode::Leaf(0.209900),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 463,
        right: 464,
    }, // text_pairs
    TreeNode::Leaf(-0.407928),
    TreeNode::Leaf(0.020544),
    TreeNode::Leaf(-0.427563),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 467,
        right: 474,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 6.180409,
        left: 468,
        right: 471,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.474289,
        left: 469,
        right: 470,
    }, // unknown
    TreeNode::Leaf(0.057547),
    TreeNode::Leaf(0.639276),
    TreeNode::Split {
        feature: 2,
        threshold: 0.371980,
        left: 472,
        right: 473,
    }, // dice
    TreeNode::Leaf(-0.394469),
    TreeNode::Leaf(0.116043),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 475,
        right: 478,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 4.135134,
        left: 476,
        right: 477,
    }, // text_sentences
    TreeNode::Leaf(-0.360037),
    TreeNode::Leaf(0.269408),
    TreeNode::Split {
        feature: 1,
        threshold: 0.114379,
        left: 479,
        right: 480,
    }, // window_pairs
    TreeNode::Leaf(0.278800),
    TreeNode::Leaf(-0.038358),
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 482,
        right: 489,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 483,
        right: 486,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 484,
        right: 485,
    }, // claim_terms
    TreeNode::Leaf(0.215618),
    TreeNode::Leaf(-0.102625),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 487,
        right: 488,
    }, // claim_terms
    TreeNode::Leaf(0.129207),
    TreeNode::Leaf(0.662955),
    TreeNode::Split {
        feature: 5,
        threshold: 0.450716,
        left: 490,
        right: 493,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 27.791958,
        left: 491,
        right: 492,
    }, // missing_weight
    TreeNode::Leaf(-0.641251),
    TreeNode::Leaf(-0.139819),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 494,
        right: 495,
    }, // window_pairs
    TreeNode::Leaf(0.531537),
    TreeNode::Leaf(-0.056014),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 497,
        right: 504,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 498,
        right: 501,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 499,
        right: 500,
    }, // window_coverage
    TreeNode::Leaf(-0.034856),
    TreeNode::Leaf(0.312689),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 502,
        right: 503,
    }, // text_sentences
    TreeNode::Leaf(0.410304),
    TreeNode::Leaf(-0.567788),
    TreeNode::Leaf(0.440902),
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 506,
        right: 513,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 507,
        right: 510,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 508,
        right: 509,
    }, // text_sentences
    TreeNode::Leaf(0.637851),
    TreeNode::Leaf(-0.089494),
    TreeNode::Split {
        feature: 0,
        threshold: 0.145459,
        left: 511,
        right: 512,
    }, // window_coverage
    TreeNode::Leaf(0.403847),
    TreeNode::Leaf(-0.026927),
    TreeNode::Split {
        feature: 13,
        threshold: 23.077701,
        left: 514,
        right: 515,
    }, // missing_weight
    TreeNode::Leaf(-0.378063),
    TreeNode::Leaf(0.035335),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 517,
        right: 522,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.104597,
        left: 518,
        right: 519,
    }, // window_coverage
    TreeNode::Leaf(0.370043),
    TreeNode::Split {
        feature: 2,
        threshold: 0.418704,
        left: 520,
        right: 521,
    }, // dice
    TreeNode::Leaf(-0.119291),
    TreeNode::Leaf(0.050366),
    TreeNode::Leaf(-0.416648),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 524,
        right: 531,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 525,
        right: 528,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 526,
        right: 527,
    }, // cover
    TreeNode::Leaf(-0.278973),
    TreeNode::Leaf(0.509582),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 529,
        right: 530,
    }, // claim_terms
    TreeNode::Leaf(-0.099338),
    TreeNode::Leaf(-0.722345),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 532,
        right: 535,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 533,
        right: 534,
    }, // text_sentences
    TreeNode::Leaf(0.042559),
    TreeNode::Leaf(-0.502150),
    TreeNode::Leaf(0.529455),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 537,
        right: 544,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.603611,
        left: 538,
        right: 541,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 539,
        right: 540,
    }, // dice
    TreeNode::Leaf(-0.022012),
    TreeNode::Leaf(0.573390),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 542,
        right: 543,
    }, // window_coverage
    TreeNode::Leaf(-0.316687),
    TreeNode::Leaf(0.138040),
    TreeNode::Leaf(0.427750),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 546,
        right: 553,
    }, // missing_weight
    TreeNode::Split {
        feature: 4,
        threshold: 0.134849,
        left: 547,
        right: 550,
    }, // text_pairs
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 548,
        right: 549,
    }, // window_numbers
    TreeNode::Leaf(0.687045),
    TreeNode::Leaf(0.038017),
    TreeNode::Split {
        feature: 7,
        threshold: 0.900000,
        left: 551,
        right: 552,
    }, // text_numbers
    TreeNode::Leaf(-0.288750),
    TreeNode::Leaf(0.009125),
    TreeNode::Leaf(-0.399591),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 555,
        right: 562,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 556,
        right: 559,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.166316,
        left: 557,
        right: 558,
    }, // unknown
    TreeNode::Leaf(0.348118),
    TreeNode::Leaf(-0.019140),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 560,
        right: 561,
    }, // text_sentences
    TreeNode::Leaf(0.239504),
    TreeNode::Leaf(-0.466624),
    TreeNode::Leaf(0.418166),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 564,
        right: 571,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 565,
        right: 568,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.459268,
        left: 566,
        right: 567,
    }, // window_coverage
    TreeNode::Leaf(0.630753),
    TreeNode::Leaf(-0.169768),
    TreeNode::Split {
        feature: 1,
        threshold: 0.138095,
        left: 569,
        right: 570,
    }, // window_pairs
    TreeNode::Leaf(0.025959),
    TreeNode::Leaf(-0.532768),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 572,
        right: 575,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 573,
        right: 574,
    }, // text_sentences
    TreeNode::Leaf(0.040500),
    TreeNode::Leaf(-0.477417),
    TreeNode::Leaf(0.490848),
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 577,
        right: 584,
    }, // unknown
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 578,
        right: 581,
    }, // claim_terms
    TreeNode::Split {
        feature: 2,
        threshold: 0.288556,
        left: 579,
        right: 580,
    }, // dice
    TreeNode::Leaf(-0.058648),
    TreeNode::Leaf(0.603113),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 582,
        right: 583,
    }, // window_pairs
    TreeNode::Leaf(-0.210637),
    TreeNode::Leaf(0.029168),
    TreeNode::Split {
        feature: 13,
        threshold: 23.077701,
        left: 585,
        right: 586,
    }, // missing_weight
    TreeNode::Leaf(-0.361415),
    TreeNode::Leaf(0.039740),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 588,
        right: 593,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 589,
        right: 592,
    }, // dice
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 590,
        right: 591,
    }, // has_numbers
    TreeNode::Leaf(-0.042997),
    TreeNode::Leaf(0.145577),
    TreeNode::Leaf(-0.435793),
    TreeNode::Leaf(0.406417),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 595,
        right: 602,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 596,
        right: 599,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 597,
        right: 598,
    }, // text_sentences
    TreeNode::Leaf(-0.211036),
    TreeNode::Leaf(0.194354),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 600,
        right: 601,
    }, // text_pairs
    TreeNode::Leaf(-0.382669),
    TreeNode::Leaf(0.023387),
    TreeNode::Leaf(-0.384384),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 604,
        right: 611,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.208334,
        left: 605,
        right: 608,
    }, // window_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.618885,
        left: 606,
        right: 607,
    }, // text_coverage
    TreeNode::Leaf(0.706188),
    TreeNode::Leaf(-0.163904),
    TreeNode::Split {
        feature: 5,
        threshold: 0.596526,
        left: 609,
        right: 610,
    }, // cover
    TreeNode::Leaf(-0.038364),
    TreeNode::Leaf(-0.329594),
    TreeNode::Split {
        feature: 2,
        threshold: 0.460747,
        left: 612,
        right: 613,
    }, // dice
    TreeNode::Leaf(0.561250),
    TreeNode::Split {
        feature: 5,
        threshold: 0.280733,
        left: 614,
        right: 615,
    }, // cover
    TreeNode::Leaf(0.506710),
    TreeNode::Leaf(-0.020797),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 617,
        right: 622,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 618,
        right: 621,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.912879,
        left: 619,
        right: 620,
    }, // text_pairs
    TreeNode::Leaf(0.029177),
    TreeNode::Leaf(-0.328381),
    TreeNode::Leaf(-0.405631),
    TreeNode::Leaf(0.396520),
    TreeNode::Split {
        feature: 0,
        threshold: 0.671825,
        left: 624,
        right: 629,
    }, // window_coverage
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 625,
        right: 628,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.534649,
        left: 626,
        right: 627,
    }, // dice
    TreeNode::Leaf(-0.054696),
    TreeNode::Leaf(0.203349),
    TreeNode::Leaf(-0.555044),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 630,
        right: 633,
    }, // claim_terms
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 631,
        right: 632,
    }, // text_sentences
    TreeNode::Leaf(0.313553),
    TreeNode::Leaf(-0.486568),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 634,
        right: 635,
    }, // text_pairs
    TreeNode::Leaf(0.436346),
    TreeNode::Leaf(-0.036561),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 637,
        right: 644,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 638,
        right: 641,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.459268,
        left: 639,
        right: 640,
    }, // window_coverage
    TreeNode::Leaf(0.572527),
    TreeNode::Leaf(-0.157307),
    TreeNode::Split {
        feature: 1,
        threshold: 0.138095,
        left: 642,
        right: 643,
    }, // window_pairs
    TreeNode::Leaf(0.019685),
    TreeNode::Leaf(-0.502259),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 645,
        right: 648,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.484907,
        left: 646,
        right: 647,
    }, // missing_weight
    TreeNode::Leaf(0.182606),
    TreeNode::Leaf(-0.166974),
    TreeNode::Split {
        feature: 13,
        threshold: 4.959287,
        left: 649,
        right: 650,
    }, // missing_weight
    TreeNode::Leaf(-0.190762),
    TreeNode::Leaf(0.222706),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 652,
        right: 659,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 653,
        right: 656,
    }, // unknown
    TreeNode::Split {
        feature: 5,
        threshold: 0.238148,
        left: 654,
        right: 655,
    }, // cover
    TreeNode::Leaf(0.465393),
    TreeNode::Leaf(0.001404),
    TreeNode::Split {
        feature: 0,
        threshold: 0.128189,
        left: 657,
        right: 658,
    }, // window_coverage
    TreeNode::Leaf(0.039565),
    TreeNode::Leaf(-0.423648),
    TreeNode::Leaf(-0.376853),
    TreeNode::Split {
        feature: 0,
        threshold: 0.850919,
        left: 661,
        right: 668,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.631521,
        left: 662,
        right: 665,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.549330,
        left: 663,
        right: 664,
    }, // dice
    TreeNode::Leaf(-0.038002),
    TreeNode::Leaf(0.347672),
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 666,
        right: 667,
    }, // window_pairs
    TreeNode::Leaf(-0.024129),
    TreeNode::Leaf(-0.562343),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 669,
        right: 670,
    }, // claim_terms
    TreeNode::Leaf(-0.254401),
    TreeNode::Split {
        feature: 10,
        threshold: 2.524928,
        left: 671,
        right: 672,
    }, // claim_terms
    TreeNode::Leaf(0.540176),
    TreeNode::Leaf(-0.111678),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 674,
        right: 681,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 675,
        right: 678,
    }, // text_sentences
    TreeNode::Split {
        feature: 4,
        threshold: 0.414216,
        left: 676,
        right: 677,
    }, // text_pairs
    TreeNode::Leaf(0.064997),
    TreeNode::Leaf(-0.186405),
    TreeNode::Split {
        feature: 13,
        threshold: 14.419615,
        left: 679,
        right: 680,
    }, // missing_weight
    TreeNode::Leaf(0.555933),
    TreeNode::Leaf(-0.011152),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 682,
        right: 685,
    }, // cover
    TreeNode::Split {
        feature: 13,
        threshold: 36.076437,
        left: 683,
        right: 684,
    }, // missing_weight
    TreeNode::Leaf(-0.544167),
    TreeNode::Leaf(-0.023166),
    TreeNode::Split {
        feature: 1,
        threshold: 0.080128,
        left: 686,
        right: 687,
    }, // window_pairs
    TreeNode::Leaf(0.459190),
    TreeNode::Leaf(-0.100050),
];

/// The lowest score at which 90 % of the training claims are supported.
pub const SUPPORT_THRESHOLD: f64 = 0.740;
/// Where a claim is more likely supported than not (the lowest score at
/// which half the training claims are supported is 0.097).
pub const PARTIAL_THRESHOLD: f64 = 0.5;
