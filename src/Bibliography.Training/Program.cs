using System.CommandLine;
using Bibliography.CiteProc.Styles;
using Bibliography.Training;
using Bibliography.Training.Real;
using Bibliography.Training.Synthesis;

var seed = new Option<int>("--seed") { Description = "Seed of the run (same seed, same inputs: the same file).", DefaultValueFactory = _ => 1 };
var count = new Option<int>("--count") { Description = "Number of footnotes to write.", DefaultValueFactory = _ => 1000 };
var output = new Option<string>("--out") { Description = "The JSON Lines file to write.", Required = true };
var stylesDir = new Option<string>("--styles-dir") { Description = "Folder of CSL styles.", DefaultValueFactory = _ => StyleSearchOptions.DebianStylesDirectory };
var styleRun = new Option<int>("--style-run") { Description = "Documents in a row per official style (faster; fewer styles in a short run).", DefaultValueFactory = _ => 1 };
var workers = new Option<int>("--workers") { Description = "Documents rendered at once, each on its own citeproc host (same output for any number).", DefaultValueFactory = _ => 1 };
var generate = new Command("generate", "Render synthetic footnotes through CSL styles and write them with labelled spans.") { seed, count, output, stylesDir, styleRun, workers };
generate.SetAction(r => Generator.RunToFile(
    new GenerationOptions(r.GetValue(seed), r.GetValue(count), r.GetValue(stylesDir), StyleRun: r.GetValue(styleRun)), r.GetValue(output)!, Console.Error, r.GetValue(workers)));
var data = new Option<string>("--data") { Description = "The synthetic notes to train on (what generate wrote).", Required = true };
var modelDir = new Option<string>("--out") { Description = "Folder the model and its manifest are written to.", DefaultValueFactory = _ => LabellerCommand.DefaultOutput };
var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => 6 };
var trainSeed = new Option<int>("--seed") { Description = "Seed of the shuffles (same data and seed: the same model, byte for byte).", DefaultValueFactory = _ => 18 };
var maxNotes = new Option<int>("--max-notes") { Description = "Train on the first N notes only.", DefaultValueFactory = _ => int.MaxValue };
var augment = new Option<double>("--augment") { Description = "Notes made from the data and from scratch (prose around citations, joined notes, hand-written shelf marks, English publications written by hand), as a share of the data; 0 for none.", DefaultValueFactory = _ => LabellerCommand.DefaultAugment };
var mix = new Option<string>("--augment-mix") { Description = "The kinds of note --augment makes and their weights: kind:weight,… (kinds: " + string.Join(", ", Augmenter.KindNames) + ").", DefaultValueFactory = _ => Augmenter.DefaultMix };
var real = new Option<string>("--real") { Description = "Folder of the evaluation set whose development half is also trained on, aligned to its fields ('none': synthetic notes only).", DefaultValueFactory = _ => EvaluationData.RelativeDirectory };
var realWeight = new Option<int>("--real-weight") { Description = "Times each real note is trained on.", DefaultValueFactory = _ => RealTraining.DefaultWeight };
var train = new Command("train", "Train the footnote labeller on synthetic notes and the evaluation set's development half, and write its model and manifest into the library.") { data, modelDir, epochs, trainSeed, maxNotes, augment, mix, real, realWeight };
train.SetAction(r => LabellerCommand.Run(r.GetValue(data)!, r.GetValue(modelDir)!, r.GetValue(epochs), r.GetValue(trainSeed), r.GetValue(maxNotes), r.GetValue(augment), r.GetValue(mix)!,
    r.GetValue(real) is "none" ? null : r.GetValue(real), r.GetValue(realWeight)));
var alignOut = new Option<string>("--out") { Description = "The JSON Lines file the aligned notes are written to.", Required = true };
var verbose = new Option<bool>("--verbose") { Description = "Say why each note that did not align did not." };
var align = new Command("align", "Align the evaluation set's development-half notes to their expected fields and write them in the training format.") { real, alignOut, verbose };
align.SetAction(r => LabellerCommand.Align(r.GetValue(real)!, r.GetValue(alignOut)!, r.GetValue(verbose)));
var scoreData = new Option<string>("--data") { Description = "The notes scored: the evaluation set (its two halves apart; the test half's notes never printed), or another file or folder written the same way (all of it, as one set).", DefaultValueFactory = _ => EvaluationData.RelativeDirectory };
var scoreMode = new Option<string>("--mode") { Description = "Which readers: rules, model, hybrid (the library's default) or all.", DefaultValueFactory = _ => "hybrid" };
var misses = new Option<bool>("--misses") { Description = "Also print every field missed, note by note." };
var score = new Command("score", "Score the parser on evaluation notes per field and per convention, as the test project scores the evaluation set.") { scoreData, scoreMode, misses };
score.SetAction(r => ScoreCommand.Run(r.GetValue(scoreData)!, r.GetValue(scoreMode)!, r.GetValue(misses), Console.Out, Console.Error));
var root = new RootCommand("Bibliography training tools: synthetic data for the footnote labeller, its training, and the parser's score on real notes.") { generate, train, align, score };
return root.Parse(args).Invoke();
