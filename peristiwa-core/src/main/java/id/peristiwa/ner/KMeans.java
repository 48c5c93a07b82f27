package id.peristiwa.ner;

import java.util.stream.IntStream;

/**
 * Weighted spherical k-means on unit vectors: each point goes to the centroid of highest dot product, each
 * centroid becomes the normalized weighted mean of its points. Starts from the first {@code k} points (callers
 * order points by frequency), so the result is deterministic; the assignment step runs in parallel.
 *
 * @param k          the number of clusters
 * @param centroids  {@code k x dimensions}, row-major
 * @param assignment the cluster of each point
 */
record KMeans(int k, float[] centroids, int[] assignment) {

    static KMeans run(float[] points, float[] weights, int dimensions, int k, int iterations) {
        int n = weights.length;
        float[] centroids = new float[k * dimensions];
        System.arraycopy(points, 0, centroids, 0, k * dimensions);
        int[] assignment = new int[n];
        for (int it = 0; it < iterations; it++) {
            float[] c = centroids;
            IntStream.range(0, n).parallel().forEach(p -> assignment[p] = nearest(points, p, c, dimensions, k));
            double[] sums = new double[k * dimensions];
            for (int p = 0; p < n; p++) {
                int base = assignment[p] * dimensions;
                for (int d = 0; d < dimensions; d++) {
                    sums[base + d] += weights[p] * points[p * dimensions + d];
                }
            }
            float[] next = centroids.clone();
            for (int j = 0; j < k; j++) {
                double norm = 0;
                for (int d = 0; d < dimensions; d++) {
                    norm += sums[j * dimensions + d] * sums[j * dimensions + d];
                }
                if (norm > 0) {
                    double inv = 1 / Math.sqrt(norm);
                    for (int d = 0; d < dimensions; d++) {
                        next[j * dimensions + d] = (float) (sums[j * dimensions + d] * inv);
                    }
                }
            }
            centroids = next;
        }
        float[] c = centroids;
        IntStream.range(0, n).parallel().forEach(p -> assignment[p] = nearest(points, p, c, dimensions, k));
        return new KMeans(k, centroids, assignment);
    }

    private static int nearest(float[] points, int p, float[] centroids, int dimensions, int k) {
        int best = 0;
        float top = Float.NEGATIVE_INFINITY;
        int base = p * dimensions;
        for (int j = 0; j < k; j++) {
            float dot = 0;
            int cb = j * dimensions;
            for (int d = 0; d < dimensions; d++) {
                dot += points[base + d] * centroids[cb + d];
            }
            if (dot > top) {
                top = dot;
                best = j;
            }
        }
        return best;
    }
}
