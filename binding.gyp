{
  "targets": [
    {
      "target_name": "dissect_model",
      "sources": ["native/dissect_model.c"],
      "cflags": ["-O3", "-march=native", "-fopenmp", "-std=gnu11", "-Wall", "-Wno-unused-function", "-Wno-array-bounds"],
      "cflags!": ["-O2"],
      "ldflags": ["-fopenmp"],
      "xcode_settings": { "OTHER_CFLAGS": ["-O3", "-march=native"] }
    }
  ]
}
