namespace ArchiveSite.Core.Language.Evaluation;

/// <summary>Precision, recall and F1 from true positives, false positives and false negatives.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public Score Add(Score other) => new(
        TruePositives + other.TruePositives,
        FalsePositives + other.FalsePositives,
        FalseNegatives + other.FalseNegatives);

    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
