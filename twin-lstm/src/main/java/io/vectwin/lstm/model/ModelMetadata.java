package io.vectwin.lstm.model;

import java.util.List;

/**
 * What a saved twin model is, besides its weights: the feature order it was trained on (a model
 * only accepts inputs in exactly that order), its shape and optimiser, how it was trained and on
 * what, and a version hash over weights + normalisation + this metadata that decisions carry.
 *
 * @param formatVersion   layout of the model file (see {@link TwinModelFile})
 * @param version         the content hash, 12 hex digits; empty until computed on save
 * @param inputFeatures   {@code TwinFeature} names in input order
 * @param outputFeatures  predicted feature names in output order
 * @param config          network shape and optimiser
 * @param profile         parameter profile of the data ("paper" or "physical")
 * @param trainedOn       data files the model was trained on
 * @param trainEntities   entities in the training split
 * @param validationEntities entities held out for validation and evaluation
 * @param epochs          epochs run (early stopping may end before the requested number)
 * @param bestValidationLoss validation loss (eq. (74), scaled units) of the kept weights
 * @param createdAt       ISO-8601 instant of saving
 */
public record ModelMetadata(
        int formatVersion,
        String version,
        List<String> inputFeatures,
        List<String> outputFeatures,
        LstmConfig config,
        String profile,
        List<String> trainedOn,
        List<String> trainEntities,
        List<String> validationEntities,
        int epochs,
        double bestValidationLoss,
        String createdAt) {

    public ModelMetadata {
        inputFeatures = List.copyOf(inputFeatures);
        outputFeatures = List.copyOf(outputFeatures);
        trainedOn = List.copyOf(trainedOn);
        trainEntities = List.copyOf(trainEntities);
        validationEntities = List.copyOf(validationEntities);
    }

    public ModelMetadata withVersion(String newVersion) {
        return new ModelMetadata(formatVersion, newVersion, inputFeatures, outputFeatures, config, profile, trainedOn,
                trainEntities, validationEntities, epochs, bestValidationLoss, createdAt);
    }
}
