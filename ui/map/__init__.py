"""The process map editor: a QGraphicsScene per process with stages, flows and gestures."""
