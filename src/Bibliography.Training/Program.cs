using Bibliography.Training;

// The training console: `train` builds the footnote labeller's model (the synthetic data generator adds its own commands).
return args is ["train", .. var rest] ? LabellerCommand.Run(rest)
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: Bibliography.Training train --data notes.jsonl [--out DIR] [--epochs N] [--seed N] [--max-notes N]");
    return 2;
}
