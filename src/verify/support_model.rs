//! The support model: written by `scripts/train_support.py --write`; do
//! not edit by hand. See `matching::support_logit` for how it is used.
//!
//! Trained on 2026-12-03 on WiCE dev, AttributionBench dev and the
//! tuning half of tests/data (1595 claims; ours counted 4 times), seed
//! 2026: a logistic regression (ridge 2), then 60 regression trees of depth
//! 3 boosted on its logit (rate 0.1, at least 30 claims a leaf).
//! Cross-validated (5 folds, thresholds chosen inside each fold):
//! - wice: cross-validated AUC supported vs not 0.928, vs partial+not 0.782; `supported` at the 0.90-precision threshold: accuracy 0.705, precision 0.875; at the accuracy-best threshold: accuracy 0.774 (349 claims)
//! - attrib: cross-validated AUC supported vs not 0.778; `supported` at the 0.90-precision threshold: accuracy 0.675, precision 0.824; at the accuracy-best threshold: accuracy 0.695 (1198 claims)
//! - ours: cross-validated AUC supported vs not 0.848; `supported` at the 0.90-precision threshold: accuracy 0.708, precision 0.875; at the accuracy-best threshold: accuracy 0.771 (48 claims)

use super::matching::{TreeNode, FEATURE_COUNT};

/// Weights of the linear part, in `FEATURES` order.
pub const SUPPORT_WEIGHTS: [f64; FEATURE_COUNT] = [
    0.4808,  // window_coverage
    0.7998,  // window_pairs
    1.9367,  // dice
    -0.4120, // text_coverage
    -0.2248, // text_pairs
    0.2092,  // cover
    0.5100,  // window_numbers
    1.7486,  // text_numbers
    0.3965,  // has_numbers
    -0.8715, // opposite
    0.2345,  // claim_terms
    -0.7443, // unknown
    0.4972,  // names
    -0.0128, // missing_weight
    -0.2548, // text_sentences
];
pub const SUPPORT_BIAS: f64 = -3.3356;

/// Each tree's value is scaled by this.
pub const TREE_RATE: f64 = 0.1;
/// Where each tree starts in [`TREE_NODES`].
pub const TREE_ROOTS: [usize; 60] = [
    0, 9, 24, 33, 42, 51, 60, 75, 84, 93, 106, 121, 134, 149, 164, 173, 188, 203, 212, 225, 240,
    249, 264, 273, 288, 297, 312, 321, 330, 339, 354, 363, 370, 385, 394, 407, 422, 431, 440, 449,
    464, 479, 488, 501, 516, 525, 538, 547, 562, 575, 584, 591, 604, 619, 628, 641, 650, 665, 674,
    687,
];
pub static TREE_NODES: [TreeNode; 702] = [
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
    TreeNode::Leaf(0.368496),
    TreeNode::Leaf(-0.498375),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 6,
        right: 7,
    }, // text_sentences
    TreeNode::Leaf(-0.153033),
    TreeNode::Leaf(0.250499),
    TreeNode::Leaf(0.713985),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 10,
        right: 17,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 11,
        right: 14,
    }, // text_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.410442,
        left: 12,
        right: 13,
    }, // text_coverage
    TreeNode::Leaf(1.337751),
    TreeNode::Leaf(-0.245531),
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 15,
        right: 16,
    }, // missing_weight
    TreeNode::Leaf(-0.487677),
    TreeNode::Leaf(-0.078205),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 18,
        right: 21,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.267942,
        left: 19,
        right: 20,
    }, // window_pairs
    TreeNode::Leaf(0.264334),
    TreeNode::Leaf(-0.723219),
    TreeNode::Split {
        feature: 12,
        threshold: 0.904546,
        left: 22,
        right: 23,
    }, // names
    TreeNode::Leaf(-0.242865),
    TreeNode::Leaf(0.281500),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 25,
        right: 32,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.739292,
        left: 26,
        right: 29,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.548704,
        left: 27,
        right: 28,
    }, // dice
    TreeNode::Leaf(-0.071967),
    TreeNode::Leaf(0.279455),
    TreeNode::Split {
        feature: 3,
        threshold: 0.853147,
        left: 30,
        right: 31,
    }, // text_coverage
    TreeNode::Leaf(-0.884421),
    TreeNode::Leaf(0.263634),
    TreeNode::Leaf(0.689334),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 34,
        right: 41,
    }, // dice
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 35,
        right: 38,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 36,
        right: 37,
    }, // text_sentences
    TreeNode::Leaf(-0.102270),
    TreeNode::Leaf(0.636738),
    TreeNode::Split {
        feature: 2,
        threshold: 0.549127,
        left: 39,
        right: 40,
    }, // dice
    TreeNode::Leaf(-0.359782),
    TreeNode::Leaf(0.403406),
    TreeNode::Leaf(0.669617),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 43,
        right: 50,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.739292,
        left: 44,
        right: 47,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.517498,
        left: 45,
        right: 46,
    }, // dice
    TreeNode::Leaf(-0.074870),
    TreeNode::Leaf(0.208381),
    TreeNode::Split {
        feature: 3,
        threshold: 0.853147,
        left: 48,
        right: 49,
    }, // text_coverage
    TreeNode::Leaf(-0.799768),
    TreeNode::Leaf(0.249610),
    TreeNode::Leaf(0.650596),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 52,
        right: 59,
    }, // dice
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 53,
        right: 56,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 54,
        right: 55,
    }, // text_sentences
    TreeNode::Leaf(-0.355369),
    TreeNode::Leaf(0.262987),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 57,
        right: 58,
    }, // text_pairs
    TreeNode::Leaf(-0.580002),
    TreeNode::Leaf(-0.013476),
    TreeNode::Leaf(0.632237),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 61,
        right: 68,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 62,
        right: 65,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 63,
        right: 64,
    }, // cover
    TreeNode::Leaf(-0.302136),
    TreeNode::Leaf(0.634033),
    TreeNode::Split {
        feature: 5,
        threshold: 0.466056,
        left: 66,
        right: 67,
    }, // cover
    TreeNode::Leaf(-0.053217),
    TreeNode::Leaf(-0.709904),
    TreeNode::Split {
        feature: 14,
        threshold: 2.138333,
        left: 69,
        right: 72,
    }, // text_sentences
    TreeNode::Split {
        feature: 0,
        threshold: 0.661569,
        left: 70,
        right: 71,
    }, // window_coverage
    TreeNode::Leaf(-0.290832),
    TreeNode::Leaf(0.220950),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 73,
        right: 74,
    }, // text_sentences
    TreeNode::Leaf(0.537382),
    TreeNode::Leaf(-0.070639),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 76,
        right: 83,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 77,
        right: 80,
    }, // text_pairs
    TreeNode::Split {
        feature: 11,
        threshold: 0.147614,
        left: 78,
        right: 79,
    }, // unknown
    TreeNode::Leaf(0.504317),
    TreeNode::Leaf(-0.025995),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 81,
        right: 82,
    }, // text_sentences
    TreeNode::Leaf(0.338852),
    TreeNode::Leaf(-0.663966),
    TreeNode::Leaf(0.606422),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 85,
        right: 92,
    }, // dice
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 86,
        right: 89,
    }, // claim_terms
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 87,
        right: 88,
    }, // unknown
    TreeNode::Leaf(0.781769),
    TreeNode::Leaf(-0.287333),
    TreeNode::Split {
        feature: 14,
        threshold: 1.868835,
        left: 90,
        right: 91,
    }, // text_sentences
    TreeNode::Leaf(-0.223008),
    TreeNode::Leaf(0.063925),
    TreeNode::Leaf(0.589590),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 94,
        right: 101,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 95,
        right: 98,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 96,
        right: 97,
    }, // missing_weight
    TreeNode::Leaf(0.239659),
    TreeNode::Leaf(-0.168792),
    TreeNode::Split {
        feature: 1,
        threshold: 0.023810,
        left: 99,
        right: 100,
    }, // window_pairs
    TreeNode::Leaf(-0.107541),
    TreeNode::Leaf(0.703046),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 102,
        right: 103,
    }, // cover
    TreeNode::Leaf(-0.696312),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 104,
        right: 105,
    }, // window_pairs
    TreeNode::Leaf(0.653224),
    TreeNode::Leaf(-0.132806),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 107,
        right: 114,
    }, // dice
    TreeNode::Split {
        feature: 7,
        threshold: 0.050000,
        left: 108,
        right: 111,
    }, // text_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.410442,
        left: 109,
        right: 110,
    }, // text_coverage
    TreeNode::Leaf(1.235911),
    TreeNode::Leaf(-0.241593),
    TreeNode::Split {
        feature: 13,
        threshold: 5.386721,
        left: 112,
        right: 113,
    }, // missing_weight
    TreeNode::Leaf(-0.401948),
    TreeNode::Leaf(-0.050310),
    TreeNode::Split {
        feature: 7,
        threshold: 0.708333,
        left: 115,
        right: 118,
    }, // text_numbers
    TreeNode::Split {
        feature: 1,
        threshold: 0.267942,
        left: 116,
        right: 117,
    }, // window_pairs
    TreeNode::Leaf(0.254547),
    TreeNode::Leaf(-0.675892),
    TreeNode::Split {
        feature: 12,
        threshold: 0.904546,
        left: 119,
        right: 120,
    }, // names
    TreeNode::Leaf(-0.200629),
    TreeNode::Leaf(0.234174),
    TreeNode::Split {
        feature: 14,
        threshold: 3.067782,
        left: 122,
        right: 129,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 123,
        right: 126,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 2.249905,
        left: 124,
        right: 125,
    }, // missing_weight
    TreeNode::Leaf(0.222164),
    TreeNode::Leaf(-0.153866),
    TreeNode::Split {
        feature: 10,
        threshold: 2.012676,
        left: 127,
        right: 128,
    }, // claim_terms
    TreeNode::Leaf(0.101122),
    TreeNode::Leaf(0.770662),
    TreeNode::Split {
        feature: 5,
        threshold: 0.435924,
        left: 130,
        right: 131,
    }, // cover
    TreeNode::Leaf(-0.662381),
    TreeNode::Split {
        feature: 1,
        threshold: 0.069048,
        left: 132,
        right: 133,
    }, // window_pairs
    TreeNode::Leaf(0.604483),
    TreeNode::Leaf(-0.119753),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 135,
        right: 142,
    }, // claim_terms
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 136,
        right: 139,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 137,
        right: 138,
    }, // text_sentences
    TreeNode::Leaf(1.028032),
    TreeNode::Leaf(-0.128803),
    TreeNode::Split {
        feature: 13,
        threshold: 12.280692,
        left: 140,
        right: 141,
    }, // missing_weight
    TreeNode::Leaf(-0.359096),
    TreeNode::Leaf(0.016689),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 143,
        right: 146,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 144,
        right: 145,
    }, // text_sentences
    TreeNode::Leaf(-0.551316),
    TreeNode::Leaf(0.044046),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 147,
        right: 148,
    }, // text_numbers
    TreeNode::Leaf(-0.542221),
    TreeNode::Leaf(0.299489),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 150,
        right: 157,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 151,
        right: 154,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 152,
        right: 153,
    }, // text_sentences
    TreeNode::Leaf(-0.246728),
    TreeNode::Leaf(0.451286),
    TreeNode::Split {
        feature: 5,
        threshold: 0.450485,
        left: 155,
        right: 156,
    }, // cover
    TreeNode::Leaf(-0.582804),
    TreeNode::Leaf(0.439842),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 158,
        right: 161,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.218254,
        left: 159,
        right: 160,
    }, // text_pairs
    TreeNode::Leaf(-0.184214),
    TreeNode::Leaf(-0.781234),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 162,
        right: 163,
    }, // claim_terms
    TreeNode::Leaf(-0.343740),
    TreeNode::Leaf(0.145018),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 165,
        right: 172,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 166,
        right: 169,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 167,
        right: 168,
    }, // text_pairs
    TreeNode::Leaf(-0.021330),
    TreeNode::Leaf(0.453213),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 170,
        right: 171,
    }, // text_sentences
    TreeNode::Leaf(0.312045),
    TreeNode::Leaf(-0.616368),
    TreeNode::Leaf(0.547723),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 174,
        right: 181,
    }, // claim_terms
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 175,
        right: 178,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 176,
        right: 177,
    }, // text_sentences
    TreeNode::Leaf(0.942304),
    TreeNode::Leaf(-0.119385),
    TreeNode::Split {
        feature: 13,
        threshold: 12.280692,
        left: 179,
        right: 180,
    }, // missing_weight
    TreeNode::Leaf(-0.330379),
    TreeNode::Leaf(0.009868),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 182,
        right: 185,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 183,
        right: 184,
    }, // text_sentences
    TreeNode::Leaf(-0.482680),
    TreeNode::Leaf(0.033306),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 186,
        right: 187,
    }, // text_numbers
    TreeNode::Leaf(-0.499846),
    TreeNode::Leaf(0.270597),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 189,
        right: 196,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 190,
        right: 193,
    }, // text_sentences
    TreeNode::Split {
        feature: 6,
        threshold: 0.354166,
        left: 191,
        right: 192,
    }, // window_numbers
    TreeNode::Leaf(1.217695),
    TreeNode::Leaf(0.128325),
    TreeNode::Split {
        feature: 5,
        threshold: 0.461731,
        left: 194,
        right: 195,
    }, // cover
    TreeNode::Leaf(-0.535693),
    TreeNode::Leaf(0.446819),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 197,
        right: 200,
    }, // text_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.485642,
        left: 198,
        right: 199,
    }, // dice
    TreeNode::Leaf(-0.650337),
    TreeNode::Leaf(-0.059551),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 201,
        right: 202,
    }, // claim_terms
    TreeNode::Leaf(-0.301992),
    TreeNode::Leaf(0.121001),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 204,
        right: 211,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.603611,
        left: 205,
        right: 208,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 206,
        right: 207,
    }, // dice
    TreeNode::Leaf(-0.028203),
    TreeNode::Leaf(0.698865),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 209,
        right: 210,
    }, // claim_terms
    TreeNode::Leaf(-0.617400),
    TreeNode::Leaf(-0.082712),
    TreeNode::Leaf(0.527904),
    TreeNode::Split {
        feature: 4,
        threshold: 0.121324,
        left: 213,
        right: 218,
    }, // text_pairs
    TreeNode::Split {
        feature: 6,
        threshold: 0.875000,
        left: 214,
        right: 215,
    }, // window_numbers
    TreeNode::Leaf(0.825325),
    TreeNode::Split {
        feature: 1,
        threshold: 0.043810,
        left: 216,
        right: 217,
    }, // window_pairs
    TreeNode::Leaf(-0.157195),
    TreeNode::Leaf(0.402645),
    TreeNode::Split {
        feature: 7,
        threshold: 0.900000,
        left: 219,
        right: 222,
    }, // text_numbers
    TreeNode::Split {
        feature: 0,
        threshold: 0.341251,
        left: 220,
        right: 221,
    }, // window_coverage
    TreeNode::Leaf(0.370050),
    TreeNode::Leaf(-0.567499),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 223,
        right: 224,
    }, // window_coverage
    TreeNode::Leaf(-0.103589),
    TreeNode::Leaf(0.240282),
    TreeNode::Split {
        feature: 3,
        threshold: 0.546358,
        left: 226,
        right: 233,
    }, // text_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 2.861792,
        left: 227,
        right: 230,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 228,
        right: 229,
    }, // text_sentences
    TreeNode::Leaf(-0.217136),
    TreeNode::Leaf(0.389252),
    TreeNode::Split {
        feature: 5,
        threshold: 0.450485,
        left: 231,
        right: 232,
    }, // cover
    TreeNode::Leaf(-0.519465),
    TreeNode::Leaf(0.396612),
    TreeNode::Split {
        feature: 4,
        threshold: 0.275253,
        left: 234,
        right: 237,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.218254,
        left: 235,
        right: 236,
    }, // text_pairs
    TreeNode::Leaf(-0.133928),
    TreeNode::Leaf(-0.698532),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 238,
        right: 239,
    }, // text_numbers
    TreeNode::Leaf(-0.456295),
    TreeNode::Leaf(0.068476),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 241,
        right: 248,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.805936,
        left: 242,
        right: 245,
    }, // missing_weight
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 243,
        right: 244,
    }, // names
    TreeNode::Leaf(0.444699),
    TreeNode::Leaf(-0.042648),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 246,
        right: 247,
    }, // cover
    TreeNode::Leaf(0.654549),
    TreeNode::Leaf(-0.036221),
    TreeNode::Leaf(-0.504516),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 250,
        right: 257,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 251,
        right: 254,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 252,
        right: 253,
    }, // cover
    TreeNode::Leaf(-0.283345),
    TreeNode::Leaf(0.585781),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 255,
        right: 256,
    }, // claim_terms
    TreeNode::Leaf(-0.164083),
    TreeNode::Leaf(-0.836565),
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 258,
        right: 261,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 6.152289,
        left: 259,
        right: 260,
    }, // missing_weight
    TreeNode::Leaf(0.001712),
    TreeNode::Leaf(-0.548961),
    TreeNode::Split {
        feature: 4,
        threshold: 0.297059,
        left: 262,
        right: 263,
    }, // text_pairs
    TreeNode::Leaf(0.005182),
    TreeNode::Leaf(0.503158),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 265,
        right: 272,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 266,
        right: 269,
    }, // window_pairs
    TreeNode::Split {
        feature: 2,
        threshold: 0.550281,
        left: 267,
        right: 268,
    }, // dice
    TreeNode::Leaf(-0.040002),
    TreeNode::Leaf(0.322881),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 270,
        right: 271,
    }, // text_sentences
    TreeNode::Leaf(0.433007),
    TreeNode::Leaf(-0.678460),
    TreeNode::Leaf(0.510801),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 274,
        right: 281,
    }, // claim_terms
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 275,
        right: 278,
    }, // unknown
    TreeNode::Split {
        feature: 14,
        threshold: 1.589027,
        left: 276,
        right: 277,
    }, // text_sentences
    TreeNode::Leaf(0.831862),
    TreeNode::Leaf(-0.112176),
    TreeNode::Split {
        feature: 13,
        threshold: 12.280692,
        left: 279,
        right: 280,
    }, // missing_weight
    TreeNode::Leaf(-0.298905),
    TreeNode::Leaf(0.005065),
    TreeNode::Split {
        feature: 0,
        threshold: 0.144076,
        left: 282,
        right: 285,
    }, // window_coverage
    TreeNode::Split {
        feature: 10,
        threshold: 1.700598,
        left: 283,
        right: 284,
    }, // claim_terms
    TreeNode::Leaf(-0.137376),
    TreeNode::Leaf(0.685377),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 286,
        right: 287,
    }, // window_coverage
    TreeNode::Leaf(-0.113043),
    TreeNode::Leaf(0.128253),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 289,
        right: 296,
    }, // missing_weight
    TreeNode::Split {
        feature: 3,
        threshold: 0.356749,
        left: 290,
        right: 293,
    }, // text_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 291,
        right: 292,
    }, // unknown
    TreeNode::Leaf(0.381883),
    TreeNode::Leaf(-0.267066),
    TreeNode::Split {
        feature: 5,
        threshold: 0.371368,
        left: 294,
        right: 295,
    }, // cover
    TreeNode::Leaf(-0.581711),
    TreeNode::Leaf(0.006033),
    TreeNode::Leaf(-0.484053),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 298,
        right: 305,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 299,
        right: 302,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 9.271293,
        left: 300,
        right: 301,
    }, // missing_weight
    TreeNode::Leaf(0.562529),
    TreeNode::Leaf(-0.256021),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 303,
        right: 304,
    }, // claim_terms
    TreeNode::Leaf(-0.147241),
    TreeNode::Leaf(-0.796324),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 306,
        right: 309,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 307,
        right: 308,
    }, // claim_terms
    TreeNode::Leaf(0.258563),
    TreeNode::Leaf(-0.149152),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 310,
        right: 311,
    }, // text_sentences
    TreeNode::Leaf(0.567419),
    TreeNode::Leaf(-0.033292),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 313,
        right: 320,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.603611,
        left: 314,
        right: 317,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 315,
        right: 316,
    }, // dice
    TreeNode::Leaf(-0.025178),
    TreeNode::Leaf(0.642159),
    TreeNode::Split {
        feature: 5,
        threshold: 0.689207,
        left: 318,
        right: 319,
    }, // cover
    TreeNode::Leaf(-0.562079),
    TreeNode::Leaf(-0.070375),
    TreeNode::Leaf(0.493607),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 322,
        right: 329,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 323,
        right: 326,
    }, // missing_weight
    TreeNode::Split {
        feature: 12,
        threshold: 0.226496,
        left: 324,
        right: 325,
    }, // names
    TreeNode::Leaf(0.365165),
    TreeNode::Leaf(-0.037422),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 327,
        right: 328,
    }, // cover
    TreeNode::Leaf(0.616161),
    TreeNode::Leaf(-0.056604),
    TreeNode::Leaf(-0.467275),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 331,
        right: 338,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 332,
        right: 335,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 333,
        right: 334,
    }, // text_pairs
    TreeNode::Leaf(-0.015795),
    TreeNode::Leaf(0.417654),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 336,
        right: 337,
    }, // text_sentences
    TreeNode::Leaf(0.265242),
    TreeNode::Leaf(-0.545415),
    TreeNode::Leaf(0.481265),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 340,
        right: 347,
    }, // names
    TreeNode::Split {
        feature: 1,
        threshold: 0.149074,
        left: 341,
        right: 344,
    }, // window_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 11.085272,
        left: 342,
        right: 343,
    }, // missing_weight
    TreeNode::Leaf(0.541674),
    TreeNode::Leaf(-0.194850),
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 345,
        right: 346,
    }, // missing_weight
    TreeNode::Leaf(0.020106),
    TreeNode::Leaf(-0.591300),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 348,
        right: 351,
    }, // text_sentences
    TreeNode::Split {
        feature: 2,
        threshold: 0.351197,
        left: 349,
        right: 350,
    }, // dice
    TreeNode::Leaf(-0.459168),
    TreeNode::Leaf(0.017371),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 352,
        right: 353,
    }, // text_sentences
    TreeNode::Leaf(0.518416),
    TreeNode::Leaf(-0.025235),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 355,
        right: 362,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 356,
        right: 359,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 357,
        right: 358,
    }, // unknown
    TreeNode::Leaf(0.010275),
    TreeNode::Leaf(-0.412861),
    TreeNode::Split {
        feature: 5,
        threshold: 0.291107,
        left: 360,
        right: 361,
    }, // cover
    TreeNode::Leaf(0.554544),
    TreeNode::Leaf(-0.043607),
    TreeNode::Leaf(-0.452100),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 364,
        right: 369,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 365,
        right: 368,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.912879,
        left: 366,
        right: 367,
    }, // text_pairs
    TreeNode::Leaf(0.034299),
    TreeNode::Leaf(-0.401062),
    TreeNode::Leaf(-0.544470),
    TreeNode::Leaf(0.466153),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 371,
        right: 378,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.208334,
        left: 372,
        right: 375,
    }, // window_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.618885,
        left: 373,
        right: 374,
    }, // text_coverage
    TreeNode::Leaf(0.807944),
    TreeNode::Leaf(-0.203510),
    TreeNode::Split {
        feature: 5,
        threshold: 0.596526,
        left: 376,
        right: 377,
    }, // cover
    TreeNode::Leaf(-0.048632),
    TreeNode::Leaf(-0.362552),
    TreeNode::Split {
        feature: 4,
        threshold: 0.215838,
        left: 379,
        right: 382,
    }, // text_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 2.917406,
        left: 380,
        right: 381,
    }, // text_sentences
    TreeNode::Leaf(0.503310),
    TreeNode::Leaf(-0.273999),
    TreeNode::Split {
        feature: 3,
        threshold: 0.689205,
        left: 383,
        right: 384,
    }, // text_coverage
    TreeNode::Leaf(-0.232176),
    TreeNode::Leaf(0.151629),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 386,
        right: 393,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 387,
        right: 390,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 388,
        right: 389,
    }, // unknown
    TreeNode::Leaf(0.009541),
    TreeNode::Leaf(-0.393701),
    TreeNode::Split {
        feature: 3,
        threshold: 0.329998,
        left: 391,
        right: 392,
    }, // text_coverage
    TreeNode::Leaf(0.477422),
    TreeNode::Leaf(-0.062295),
    TreeNode::Leaf(-0.437815),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 395,
        right: 402,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 396,
        right: 399,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 397,
        right: 398,
    }, // cover
    TreeNode::Leaf(-0.295054),
    TreeNode::Leaf(0.533608),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 400,
        right: 401,
    }, // claim_terms
    TreeNode::Leaf(-0.116502),
    TreeNode::Leaf(-0.729793),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 403,
        right: 406,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 7.763022,
        left: 404,
        right: 405,
    }, // missing_weight
    TreeNode::Leaf(-0.093383),
    TreeNode::Leaf(0.140080),
    TreeNode::Leaf(0.572169),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 408,
        right: 415,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 6.180409,
        left: 409,
        right: 412,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.474289,
        left: 410,
        right: 411,
    }, // unknown
    TreeNode::Leaf(0.038780),
    TreeNode::Leaf(0.642940),
    TreeNode::Split {
        feature: 2,
        threshold: 0.371980,
        left: 413,
        right: 414,
    }, // dice
    TreeNode::Leaf(-0.393027),
    TreeNode::Leaf(0.146906),
    TreeNode::Split {
        feature: 1,
        threshold: 0.045549,
        left: 416,
        right: 419,
    }, // window_pairs
    TreeNode::Split {
        feature: 14,
        threshold: 3.596467,
        left: 417,
        right: 418,
    }, // text_sentences
    TreeNode::Leaf(-0.406956),
    TreeNode::Leaf(0.236694),
    TreeNode::Split {
        feature: 1,
        threshold: 0.114379,
        left: 420,
        right: 421,
    }, // window_pairs
    TreeNode::Leaf(0.277082),
    TreeNode::Leaf(-0.037259),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 423,
        right: 430,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.739292,
        left: 424,
        right: 427,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.534191,
        left: 425,
        right: 426,
    }, // dice
    TreeNode::Leaf(-0.040062),
    TreeNode::Leaf(0.179289),
    TreeNode::Split {
        feature: 11,
        threshold: 0.146853,
        left: 428,
        right: 429,
    }, // unknown
    TreeNode::Leaf(0.178986),
    TreeNode::Leaf(-0.630045),
    TreeNode::Leaf(0.453063),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 432,
        right: 439,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.603611,
        left: 433,
        right: 436,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 434,
        right: 435,
    }, // dice
    TreeNode::Leaf(-0.022068),
    TreeNode::Leaf(0.580801),
    TreeNode::Split {
        feature: 3,
        threshold: 0.853147,
        left: 437,
        right: 438,
    }, // text_coverage
    TreeNode::Leaf(-0.352539),
    TreeNode::Leaf(0.088326),
    TreeNode::Leaf(0.441577),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 441,
        right: 448,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 442,
        right: 445,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 443,
        right: 444,
    }, // text_sentences
    TreeNode::Leaf(-0.066269),
    TreeNode::Leaf(0.584812),
    TreeNode::Split {
        feature: 2,
        threshold: 0.418704,
        left: 446,
        right: 447,
    }, // dice
    TreeNode::Leaf(-0.125640),
    TreeNode::Leaf(0.047351),
    TreeNode::Leaf(-0.424330),
    TreeNode::Split {
        feature: 10,
        threshold: 1.242453,
        left: 450,
        right: 457,
    }, // claim_terms
    TreeNode::Split {
        feature: 13,
        threshold: 6.180409,
        left: 451,
        right: 454,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.474289,
        left: 452,
        right: 453,
    }, // unknown
    TreeNode::Leaf(0.040091),
    TreeNode::Leaf(0.603916),
    TreeNode::Split {
        feature: 2,
        threshold: 0.371980,
        left: 455,
        right: 456,
    }, // dice
    TreeNode::Leaf(-0.372502),
    TreeNode::Leaf(0.136579),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 458,
        right: 461,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 459,
        right: 460,
    }, // text_sentences
    TreeNode::Leaf(-0.374731),
    TreeNode::Leaf(0.022999),
    TreeNode::Split {
        feature: 7,
        threshold: 0.583333,
        left: 462,
        right: 463,
    }, // text_numbers
    TreeNode::Leaf(-0.388487),
    TreeNode::Leaf(0.226812),
    TreeNode::Split {
        feature: 4,
        threshold: 0.730303,
        left: 465,
        right: 472,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 466,
        right: 469,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 467,
        right: 468,
    }, // window_pairs
    TreeNode::Leaf(0.027565),
    TreeNode::Leaf(-0.597109),
    TreeNode::Split {
        feature: 0,
        threshold: 0.721952,
        left: 470,
        right: 471,
    }, // window_coverage
    TreeNode::Leaf(0.057753),
    TreeNode::Leaf(0.554227),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 473,
        right: 476,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 474,
        right: 475,
    }, // window_pairs
    TreeNode::Leaf(-0.168019),
    TreeNode::Leaf(0.615653),
    TreeNode::Split {
        feature: 2,
        threshold: 0.761706,
        left: 477,
        right: 478,
    }, // dice
    TreeNode::Leaf(-0.577935),
    TreeNode::Leaf(0.231861),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 480,
        right: 487,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.111694,
        left: 481,
        right: 484,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.693347,
        left: 482,
        right: 483,
    }, // unknown
    TreeNode::Leaf(0.599514),
    TreeNode::Leaf(-0.024485),
    TreeNode::Split {
        feature: 3,
        threshold: 0.187333,
        left: 485,
        right: 486,
    }, // text_coverage
    TreeNode::Leaf(-0.366054),
    TreeNode::Leaf(0.012429),
    TreeNode::Leaf(-0.411994),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 489,
        right: 496,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 490,
        right: 493,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.459268,
        left: 491,
        right: 492,
    }, // window_coverage
    TreeNode::Leaf(0.648084),
    TreeNode::Leaf(-0.177047),
    TreeNode::Split {
        feature: 1,
        threshold: 0.138095,
        left: 494,
        right: 495,
    }, // window_pairs
    TreeNode::Leaf(0.016744),
    TreeNode::Leaf(-0.537718),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 497,
        right: 500,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 498,
        right: 499,
    }, // text_sentences
    TreeNode::Leaf(0.038075),
    TreeNode::Leaf(-0.473649),
    TreeNode::Leaf(0.528019),
    TreeNode::Split {
        feature: 1,
        threshold: 0.596875,
        left: 502,
        right: 509,
    }, // window_pairs
    TreeNode::Split {
        feature: 0,
        threshold: 0.616703,
        left: 503,
        right: 506,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 504,
        right: 505,
    }, // window_coverage
    TreeNode::Leaf(0.048917),
    TreeNode::Leaf(-0.465522),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 507,
        right: 508,
    }, // text_sentences
    TreeNode::Leaf(-0.447494),
    TreeNode::Leaf(0.448242),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 510,
        right: 513,
    }, // text_sentences
    TreeNode::Split {
        feature: 13,
        threshold: 1.242453,
        left: 511,
        right: 512,
    }, // missing_weight
    TreeNode::Leaf(0.649435),
    TreeNode::Leaf(-0.013354),
    TreeNode::Split {
        feature: 10,
        threshold: 1.868835,
        left: 514,
        right: 515,
    }, // claim_terms
    TreeNode::Leaf(-0.906401),
    TreeNode::Leaf(-0.081673),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 517,
        right: 524,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.145459,
        left: 518,
        right: 521,
    }, // window_coverage
    TreeNode::Split {
        feature: 11,
        threshold: 0.707979,
        left: 519,
        right: 520,
    }, // unknown
    TreeNode::Leaf(0.626670),
    TreeNode::Leaf(-0.057281),
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 522,
        right: 523,
    }, // claim_terms
    TreeNode::Leaf(0.184349),
    TreeNode::Leaf(-0.044098),
    TreeNode::Leaf(-0.399274),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 526,
        right: 533,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.208334,
        left: 527,
        right: 530,
    }, // window_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.618885,
        left: 528,
        right: 529,
    }, // text_coverage
    TreeNode::Leaf(0.683648),
    TreeNode::Leaf(-0.173652),
    TreeNode::Split {
        feature: 5,
        threshold: 0.596526,
        left: 531,
        right: 532,
    }, // cover
    TreeNode::Leaf(-0.045321),
    TreeNode::Leaf(-0.321458),
    TreeNode::Split {
        feature: 2,
        threshold: 0.460747,
        left: 534,
        right: 535,
    }, // dice
    TreeNode::Leaf(0.581291),
    TreeNode::Split {
        feature: 5,
        threshold: 0.280733,
        left: 536,
        right: 537,
    }, // cover
    TreeNode::Leaf(0.502751),
    TreeNode::Leaf(-0.019828),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 539,
        right: 546,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 540,
        right: 543,
    }, // text_pairs
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 541,
        right: 542,
    }, // has_numbers
    TreeNode::Leaf(-0.046840),
    TreeNode::Leaf(0.198921),
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 544,
        right: 545,
    }, // text_sentences
    TreeNode::Leaf(0.210241),
    TreeNode::Leaf(-0.468035),
    TreeNode::Leaf(0.411380),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 548,
        right: 555,
    }, // names
    TreeNode::Split {
        feature: 13,
        threshold: 5.519119,
        left: 549,
        right: 552,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.459268,
        left: 550,
        right: 551,
    }, // window_coverage
    TreeNode::Leaf(0.555088),
    TreeNode::Leaf(-0.156285),
    TreeNode::Split {
        feature: 1,
        threshold: 0.138095,
        left: 553,
        right: 554,
    }, // window_pairs
    TreeNode::Leaf(0.003925),
    TreeNode::Leaf(-0.500167),
    TreeNode::Split {
        feature: 14,
        threshold: 2.350240,
        left: 556,
        right: 559,
    }, // text_sentences
    TreeNode::Split {
        feature: 10,
        threshold: 1.497866,
        left: 557,
        right: 558,
    }, // claim_terms
    TreeNode::Leaf(0.250957),
    TreeNode::Leaf(-0.128393),
    TreeNode::Split {
        feature: 14,
        threshold: 3.020127,
        left: 560,
        right: 561,
    }, // text_sentences
    TreeNode::Leaf(0.459237),
    TreeNode::Leaf(-0.032680),
    TreeNode::Split {
        feature: 2,
        threshold: 0.453479,
        left: 563,
        right: 570,
    }, // dice
    TreeNode::Split {
        feature: 6,
        threshold: 0.208334,
        left: 564,
        right: 567,
    }, // window_numbers
    TreeNode::Split {
        feature: 3,
        threshold: 0.618885,
        left: 565,
        right: 566,
    }, // text_coverage
    TreeNode::Leaf(0.593638),
    TreeNode::Leaf(-0.167026),
    TreeNode::Split {
        feature: 4,
        threshold: 0.264912,
        left: 568,
        right: 569,
    }, // text_pairs
    TreeNode::Leaf(-0.226217),
    TreeNode::Leaf(0.036340),
    TreeNode::Split {
        feature: 2,
        threshold: 0.460747,
        left: 571,
        right: 572,
    }, // dice
    TreeNode::Leaf(0.535492),
    TreeNode::Split {
        feature: 7,
        threshold: 0.291666,
        left: 573,
        right: 574,
    }, // text_numbers
    TreeNode::Leaf(-0.401975),
    TreeNode::Leaf(0.056662),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 576,
        right: 583,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 577,
        right: 580,
    }, // missing_weight
    TreeNode::Split {
        feature: 11,
        threshold: 0.812666,
        left: 578,
        right: 579,
    }, // unknown
    TreeNode::Leaf(0.013122),
    TreeNode::Leaf(-0.373709),
    TreeNode::Split {
        feature: 5,
        threshold: 0.282473,
        left: 581,
        right: 582,
    }, // cover
    TreeNode::Leaf(0.443289),
    TreeNode::Leaf(-0.043958),
    TreeNode::Leaf(-0.386350),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 585,
        right: 590,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.789721,
        left: 586,
        right: 589,
    }, // dice
    TreeNode::Split {
        feature: 4,
        threshold: 0.912879,
        left: 587,
        right: 588,
    }, // text_pairs
    TreeNode::Leaf(0.029084),
    TreeNode::Leaf(-0.325804),
    TreeNode::Leaf(-0.434854),
    TreeNode::Leaf(0.402291),
    TreeNode::Split {
        feature: 0,
        threshold: 0.649878,
        left: 592,
        right: 599,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 593,
        right: 596,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.562700,
        left: 594,
        right: 595,
    }, // dice
    TreeNode::Leaf(-0.015644),
    TreeNode::Leaf(0.603819),
    TreeNode::Split {
        feature: 13,
        threshold: 10.895739,
        left: 597,
        right: 598,
    }, // missing_weight
    TreeNode::Leaf(-0.445778),
    TreeNode::Leaf(0.234828),
    TreeNode::Split {
        feature: 7,
        threshold: 0.416666,
        left: 600,
        right: 601,
    }, // text_numbers
    TreeNode::Leaf(-0.427544),
    TreeNode::Split {
        feature: 14,
        threshold: 1.497866,
        left: 602,
        right: 603,
    }, // text_sentences
    TreeNode::Leaf(0.371800),
    TreeNode::Leaf(-0.037958),
    TreeNode::Split {
        feature: 2,
        threshold: 0.603611,
        left: 605,
        right: 612,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.570118,
        left: 606,
        right: 609,
    }, // dice
    TreeNode::Split {
        feature: 1,
        threshold: 0.281746,
        left: 607,
        right: 608,
    }, // window_pairs
    TreeNode::Leaf(-0.087255),
    TreeNode::Leaf(0.154089),
    TreeNode::Split {
        feature: 1,
        threshold: 0.455556,
        left: 610,
        right: 611,
    }, // window_pairs
    TreeNode::Leaf(0.646284),
    TreeNode::Leaf(0.132797),
    TreeNode::Split {
        feature: 0,
        threshold: 0.852266,
        left: 613,
        right: 616,
    }, // window_coverage
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 614,
        right: 615,
    }, // has_numbers
    TreeNode::Leaf(-0.479391),
    TreeNode::Leaf(0.036577),
    TreeNode::Split {
        feature: 2,
        threshold: 0.760632,
        left: 617,
        right: 618,
    }, // dice
    TreeNode::Leaf(-0.067984),
    TreeNode::Leaf(0.458324),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 620,
        right: 627,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 24.853937,
        left: 621,
        right: 624,
    }, // missing_weight
    TreeNode::Split {
        feature: 13,
        threshold: 22.603070,
        left: 622,
        right: 623,
    }, // missing_weight
    TreeNode::Leaf(0.010790),
    TreeNode::Leaf(-0.416352),
    TreeNode::Split {
        feature: 3,
        threshold: 0.329998,
        left: 625,
        right: 626,
    }, // text_coverage
    TreeNode::Leaf(0.384412),
    TreeNode::Leaf(-0.077204),
    TreeNode::Leaf(-0.372289),
    TreeNode::Split {
        feature: 12,
        threshold: 0.972222,
        left: 629,
        right: 636,
    }, // names
    TreeNode::Split {
        feature: 12,
        threshold: 0.585714,
        left: 630,
        right: 633,
    }, // names
    TreeNode::Split {
        feature: 5,
        threshold: 0.414473,
        left: 631,
        right: 632,
    }, // cover
    TreeNode::Leaf(-0.297520),
    TreeNode::Leaf(0.519918),
    TreeNode::Split {
        feature: 10,
        threshold: 2.350240,
        left: 634,
        right: 635,
    }, // claim_terms
    TreeNode::Leaf(-0.080605),
    TreeNode::Leaf(-0.660426),
    TreeNode::Split {
        feature: 14,
        threshold: 5.370627,
        left: 637,
        right: 640,
    }, // text_sentences
    TreeNode::Split {
        feature: 14,
        threshold: 4.941617,
        left: 638,
        right: 639,
    }, // text_sentences
    TreeNode::Leaf(0.034492),
    TreeNode::Leaf(-0.441793),
    TreeNode::Leaf(0.496371),
    TreeNode::Split {
        feature: 2,
        threshold: 0.842970,
        left: 642,
        right: 649,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.739292,
        left: 643,
        right: 646,
    }, // dice
    TreeNode::Split {
        feature: 2,
        threshold: 0.550281,
        left: 644,
        right: 645,
    }, // dice
    TreeNode::Leaf(-0.027525),
    TreeNode::Leaf(0.167096),
    TreeNode::Split {
        feature: 0,
        threshold: 0.865824,
        left: 647,
        right: 648,
    }, // window_coverage
    TreeNode::Leaf(-0.455141),
    TreeNode::Leaf(0.189103),
    TreeNode::Leaf(0.380730),
    TreeNode::Split {
        feature: 4,
        threshold: 0.765568,
        left: 651,
        right: 658,
    }, // text_pairs
    TreeNode::Split {
        feature: 4,
        threshold: 0.605555,
        left: 652,
        right: 655,
    }, // text_pairs
    TreeNode::Split {
        feature: 1,
        threshold: 0.510869,
        left: 653,
        right: 654,
    }, // window_pairs
    TreeNode::Leaf(0.018457),
    TreeNode::Leaf(-0.482789),
    TreeNode::Split {
        feature: 1,
        threshold: 0.647516,
        left: 656,
        right: 657,
    }, // window_pairs
    TreeNode::Leaf(0.444702),
    TreeNode::Leaf(0.030785),
    TreeNode::Split {
        feature: 14,
        threshold: 0.895879,
        left: 659,
        right: 662,
    }, // text_sentences
    TreeNode::Split {
        feature: 1,
        threshold: 0.861905,
        left: 660,
        right: 661,
    }, // window_pairs
    TreeNode::Leaf(0.023915),
    TreeNode::Leaf(0.434241),
    TreeNode::Split {
        feature: 2,
        threshold: 0.761706,
        left: 663,
        right: 664,
    }, // dice
    TreeNode::Leaf(-0.480479),
    TreeNode::Leaf(0.195747),
    TreeNode::Split {
        feature: 13,
        threshold: 37.696968,
        left: 666,
        right: 673,
    }, // missing_weight
    TreeNode::Split {
        feature: 0,
        threshold: 0.395608,
        left: 667,
        right: 670,
    }, // window_coverage
    TreeNode::Split {
        feature: 14,
        threshold: 1.242453,
        left: 668,
        right: 669,
    }, // text_sentences
    TreeNode::Leaf(-0.275204),
    TreeNode::Leaf(0.165868),
    TreeNode::Split {
        feature: 2,
        threshold: 0.362669,
        left: 671,
        right: 672,
    }, // dice
    TreeNode::Leaf(-0.438971),
    TreeNode::Leaf(0.017603),
    TreeNode::Leaf(-0.357415),
    TreeNode::Split {
        feature: 0,
        threshold: 0.671825,
        left: 675,
        right: 682,
    }, // window_coverage
    TreeNode::Split {
        feature: 0,
        threshold: 0.514568,
        left: 676,
        right: 679,
    }, // window_coverage
    TreeNode::Split {
        feature: 2,
        threshold: 0.562700,
        left: 677,
        right: 678,
    }, // dice
    TreeNode::Leaf(-0.014117),
    TreeNode::Leaf(0.539758),
    TreeNode::Split {
        feature: 4,
        threshold: 0.458041,
        left: 680,
        right: 681,
    }, // text_pairs
    TreeNode::Leaf(0.043341),
    TreeNode::Leaf(-0.530325),
    TreeNode::Split {
        feature: 0,
        threshold: 0.699871,
        left: 683,
        right: 684,
    }, // window_coverage
    TreeNode::Leaf(0.546948),
    TreeNode::Split {
        feature: 6,
        threshold: 0.708333,
        left: 685,
        right: 686,
    }, // window_numbers
    TreeNode::Leaf(-0.378603),
    TreeNode::Leaf(0.135690),
    TreeNode::Split {
        feature: 8,
        threshold: 0.500000,
        left: 688,
        right: 695,
    }, // has_numbers
    TreeNode::Split {
        feature: 2,
        threshold: 0.595062,
        left: 689,
        right: 692,
    }, // dice
    TreeNode::Split {
        feature: 13,
        threshold: 2.602003,
        left: 690,
        right: 691,
    }, // missing_weight
    TreeNode::Leaf(0.404725),
    TreeNode::Leaf(-0.063250),
    TreeNode::Split {
        feature: 1,
        threshold: 0.605555,
        left: 693,
        right: 694,
    }, // window_pairs
    TreeNode::Leaf(-0.521508),
    TreeNode::Leaf(0.142364),
    TreeNode::Split {
        feature: 4,
        threshold: 0.738636,
        left: 696,
        right: 699,
    }, // text_pairs
    TreeNode::Split {
        feature: 13,
        threshold: 11.756913,
        left: 697,
        right: 698,
    }, // missing_weight
    TreeNode::Leaf(0.370195),
    TreeNode::Leaf(-0.166618),
    TreeNode::Split {
        feature: 1,
        threshold: 0.829710,
        left: 700,
        right: 701,
    }, // window_pairs
    TreeNode::Leaf(-0.463116),
    TreeNode::Leaf(0.004103),
];

/// The lowest score at which 90 % of the training claims are supported.
pub const SUPPORT_THRESHOLD: f64 = 0.727;
/// Where a claim is more likely supported than not (the lowest score at
/// which half the training claims are supported is 0.094).
pub const PARTIAL_THRESHOLD: f64 = 0.5;
