namespace Omnidesk.Chat.Client.Testing;

/// <summary>
/// Schedules faults for the emulator's endpoints: scripted (the next N calls) or by seeded probability.
/// Scripted faults are used first, in the order they were added; then the first matching probability rule
/// draws. Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock _gate = new();
    private readonly List<ScriptedFault> _scripted = [];
    private readonly List<RandomFault> _random = [];

    internal EmulatorFaults()
    {
    }

    /// <summary>Injects <paramref name="fault"/> into the next <paramref name="count"/> calls of an endpoint.</summary>
    /// <param name="endpoint">The endpoint, or <see langword="null"/> for any endpoint.</param>
    /// <param name="count">How many calls get the fault (at least 1).</param>
    /// <param name="fault">The fault.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public void Next(EmulatorEndpoint? endpoint, int count, EmulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            _scripted.Add(new ScriptedFault(endpoint, fault, count));
        }
    }

    /// <summary>
    /// Injects one of <paramref name="faults"/> into each call of an endpoint with probability
    /// <paramref name="probability"/>, drawn from a generator seeded with <paramref name="seed"/>: the same
    /// sequence of calls gets the same faults on every run.
    /// </summary>
    /// <param name="endpoint">The endpoint, or <see langword="null"/> for any endpoint.</param>
    /// <param name="probability">The chance, from 0 to 1, that a call gets a fault.</param>
    /// <param name="seed">The seed of the generator.</param>
    /// <param name="faults">The faults to choose from, uniformly (at least one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="faults"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="faults"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not within 0-1.</exception>
    public void Random(EmulatorEndpoint? endpoint, double probability, int seed, params EmulatorFault[] faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1d);
        if (faults.Length == 0)
        {
            throw new ArgumentException("At least one fault is required.", nameof(faults));
        }

        if (Array.Exists(faults, f => f is null))
        {
            throw new ArgumentNullException(nameof(faults), "The faults must not contain null.");
        }

        lock (_gate)
        {
            _random.Add(new RandomFault(endpoint, probability, new System.Random(seed), [.. faults]));
        }
    }

    /// <summary>Removes every scheduled fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _scripted.Clear();
            _random.Clear();
        }
    }

    /// <summary>Takes the fault for one call of <paramref name="endpoint"/>, or <see langword="null"/>.</summary>
    internal EmulatorFault? Take(EmulatorEndpoint endpoint)
    {
        lock (_gate)
        {
            var index = _scripted.FindIndex(s => s.Matches(endpoint));
            if (index >= 0)
            {
                var scripted = _scripted[index];
                scripted.Remaining--;
                if (scripted.Remaining == 0)
                {
                    _scripted.RemoveAt(index);
                }

                return scripted.Fault;
            }

            var rule = _random.Find(r => r.Endpoint is null || r.Endpoint == endpoint);
            return rule?.Draw();
        }
    }

    private sealed class ScriptedFault(EmulatorEndpoint? endpoint, EmulatorFault fault, int remaining)
    {
        public EmulatorFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;

        public bool Matches(EmulatorEndpoint candidate) => endpoint is null || endpoint == candidate;
    }

#pragma warning disable CA5394 // Reproducible fault injection needs a seeded, non-cryptographic generator.
    private sealed record RandomFault(EmulatorEndpoint? Endpoint, double Probability, System.Random Generator, EmulatorFault[] Faults)
    {
        public EmulatorFault? Draw()
            => Generator.NextDouble() < Probability ? Faults[Generator.Next(Faults.Length)] : null;
    }
#pragma warning restore CA5394
}
